package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A class list read from a CSV file: one person a line, {@code user[,name[,role]]}, where role is
 * {@code student} (the default) or {@code instructor}. Blank lines and lines starting with {@code #}
 * are skipped, and so is a first line {@code user,...} (a header). The whole file is checked before
 * anything uses it: a duplicate user, a user name that is not a valid Unix name, a reserved system
 * name such as {@code root}, or an unknown role makes {@link #parse} throw a {@link RosterException}
 * that names every bad line.
 */
public final class Roster {
  /** Debian's default user-name rule, lower case only and at most 32 characters. */
  static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

  /** System account names a roster may never claim, whether or not they exist on this machine. */
  static final Set<String> RESERVED = Set.of("root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail",
      "news", "uucp", "proxy", "www-data", "backup", "list", "irc", "gnats", "nobody", "nogroup", "messagebus",
      "sshd", "admin", "administrator", "operator", "adm", "staff", "sudo", "wheel", "shadow", "users", "jupyterhub",
      "jovyan", "postgres", "mysql", "ntp", "tss", "polkitd", "avahi", "dnsmasq", "halt", "shutdown", "ftp", "guest");

  private final List<Member> members;

  private Roster(List<Member> members) {
    this.members = List.copyOf(members);
  }

  /** Reads and checks the roster file {@code file}. */
  public static Roster read(Path file) {
    try {
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the roster " + file + ": " + e.getMessage(), e);
    }
  }

  /** Returns a roster of {@code members}, checked as a file would be. */
  public static Roster of(List<Member> members) {
    StringBuilder text = new StringBuilder();
    for (Member member : members) {
      text.append(member.user()).append(',').append(member.name()).append(',')
          .append(member.role().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    return parse("roster", text.toString());
  }

  /**
   * Parses and checks roster {@code text}.
   *
   * @param source the file name the problems are reported against
   * @throws RosterException naming every bad line when any line is bad, or when nobody is on it
   */
  public static Roster parse(String source, String text) {
    List<Member> members = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    boolean first = true;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (first && fields[0].strip().equalsIgnoreCase("user")) {
        first = false;
        continue;
      }
      first = false;
      if (fields.length > 3) {
        problems.add("line " + number + ": " + fields.length + " fields; give user,name,role (a name may not contain a comma)");
        continue;
      }
      String user = fields[0].strip();
      String name = fields.length > 1 ? fields[1].strip() : "";
      Role role = Role.parse(fields.length > 2 ? fields[2] : "");
      String problem = userProblem(user);
      if (problem != null) {
        problems.add("line " + number + ": " + problem);
      } else if (seen.containsKey(user)) {
        problems.add("line " + number + ": '" + user + "' is already on line " + seen.get(user)
            + "; every user name must be unique");
      } else if (role == null) {
        problems.add("line " + number + ": role '" + fields[2].strip() + "' is neither student nor instructor");
      } else {
        seen.put(user, number);
        members.add(new Member(user, name, role, number));
      }
    }
    if (problems.isEmpty() && members.isEmpty()) {
      problems.add("line 1: nobody is on the roster; give one user,name,role line per person");
    }
    if (!problems.isEmpty()) {
      throw new RosterException(source, problems);
    }
    return new Roster(members);
  }

  /** Returns why {@code user} cannot be a roster user name, or null when it can. */
  static String userProblem(String user) {
    if (user.isEmpty()) {
      return "no user name; the first field is the student's login name";
    }
    String shown = user.chars().allMatch(c -> c >= 0x20 && c != 0x7f) ? user
        : user.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c))
            .reduce("", String::concat);
    if (!USER_NAME.matcher(user).matches()) {
      return "'" + shown + "' is not a valid user name; use 1 to 32 lowercase letters, digits, '_' or '-',"
          + " starting with a letter";
    }
    if (RESERVED.contains(user) || user.startsWith("systemd-")) {
      return "'" + user + "' is a reserved system account name; give this person another user name";
    }
    return null;
  }

  /** Returns everyone on the roster, in file order. */
  public List<Member> members() {
    return members;
  }

  /** Returns the students, in file order. */
  public List<Member> students() {
    return members.stream().filter(m -> !m.instructor()).toList();
  }

  /** Returns the instructors, in file order. */
  public List<Member> instructors() {
    return members.stream().filter(Member::instructor).toList();
  }
}
