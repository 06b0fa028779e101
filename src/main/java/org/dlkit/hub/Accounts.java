package org.dlkit.hub;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Creates the roster's Unix accounts: {@code useradd} with a home of mode 0700 and no extra groups
 * (so no sudo), a generated password set with {@code chpasswd} and appended once to a root-only
 * file. An account that exists already is used as it is when dlkit created it, and is an error
 * naming its roster line otherwise; all of that is checked before any account is created.
 */
public final class Accounts {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Accounts() {}

  /**
   * Makes sure every roster member has an account and returns them by user name, in roster order.
   *
   * @param passwords the root-only file new accounts' passwords are appended to ({@code user,password})
   * @param log where each account created is reported
   * @throws RosterException when a roster name belongs to an account dlkit did not create
   */
  public static Map<String, Account> ensure(Roster roster, Path passwords, PrintWriter log) {
    List<String> problems = new ArrayList<>();
    for (Member member : roster.members()) {
      Optional<Account> existing = Account.lookup(member.user());
      if (existing.isPresent() && !existing.get().ours()) {
        problems.add("line " + member.line() + ": '" + member.user() + "' is an existing account on this machine"
            + " that dlkit hub did not create; give this person another user name");
      }
    }
    if (!problems.isEmpty()) {
      throw new RosterException("roster", problems);
    }
    Map<String, Account> accounts = new java.util.LinkedHashMap<>();
    for (Member member : roster.members()) {
      Account account = Account.lookup(member.user()).orElseGet(() -> create(member, passwords, log));
      try {
        Files.setPosixFilePermissions(account.home(), PosixFilePermissions.fromString("rwx------"));
      } catch (IOException e) {
        throw new UncheckedIOException("could not make " + account.home() + " private (mode 0700)", e);
      }
      accounts.put(member.user(), account);
    }
    return accounts;
  }

  private static Account create(Member member, Path passwords, PrintWriter log) {
    String comment = (Account.MARK + " " + member.role().name().toLowerCase(java.util.Locale.ROOT) + " "
        + member.name()).replaceAll("[:,=\\p{Cntrl}]", " ").strip();
    run(List.of("useradd", "--create-home", "--shell", "/bin/bash", "--comment", comment, "-K", "HOME_MODE=0700",
        "--", member.user()), null);
    String password = password();
    run(List.of("chpasswd"), member.user() + ":" + password + "\n");
    appendPassword(passwords, member.user(), password);
    log.println("dlkit hub: created account " + member.user() + (member.instructor() ? " (instructor, hub admin)" : ""));
    log.flush();
    return Account.lookup(member.user())
        .orElseThrow(() -> new IllegalStateException("useradd ran but there is no account " + member.user()));
  }

  /** Returns a new 14-character password without look-alike characters. */
  static String password() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  private static void appendPassword(Path passwords, String user, String password) {
    try {
      if (!Files.exists(passwords)) {
        Files.createFile(passwords, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwords, "user,password\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      }
      Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(passwords, user + "," + password + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the password of " + user + " into " + passwords, e);
    }
  }

  /** Removes the account {@code user} and its home, only when dlkit hub created it; returns whether it did. */
  public static boolean remove(String user) {
    Optional<Account> account = Account.lookup(user);
    if (account.isEmpty() || !account.get().ours()) {
      return false;
    }
    run(List.of("userdel", "--remove", "--force", "--", user), null);
    return true;
  }

  static void run(List<String> command, String input) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (input != null) {
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
      }
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(command.get(0) + " failed for " + command.get(command.size() - 1)
            + (output.isEmpty() ? "" : ": " + output) + " (dlkit hub must run as root to manage accounts)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }
}
