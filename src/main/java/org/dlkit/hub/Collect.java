package org.dlkit.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copies each student's lab notebook from their home into {@code <out>/<user>.ipynb}, ready for
 * {@code dlkit grade}. A home is hostile: the notebook is taken only when every step from the home
 * to it is a real folder or file (no symbolic link anywhere), it is a regular file the student owns
 * with one link, it is at most the size cap, and it is the same file after reading as before.
 * The bytes are read through a {@link Reader}; {@link #AS_STUDENT} reads with the student's own
 * permissions, so a link swapped in mid-way still reaches nothing the student could not read.
 */
public final class Collect {
  /** The largest notebook collected by default: 20 MiB (a lab with all its figures is under 2). */
  public static final long DEFAULT_MAX_BYTES = 20L << 20;

  /** Reads at most {@code max} bytes of {@code file} in {@code account}'s home. */
  public interface Reader {
    byte[] read(Account account, Path file, long max) throws IOException;
  }

  /** Reads as this process, refusing a symbolic link as the last step (for tests and non-root use). */
  public static final Reader DIRECT = (account, file, max) -> {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
    }
  };

  /** Reads with the student's user and group ids ({@code setpriv}), giving up after 30 seconds. */
  public static final Reader AS_STUDENT = (account, file, max) -> {
    AsUser.Result result = AsUser.run(account, List.of("timeout", "30", "head", "-c", Long.toString(max), "--",
        file.toString()), new byte[0], max);
    if (result.exit() != 0) {
      throw new IOException("reading it as " + account.user() + " failed: " + result.err());
    }
    return result.out();
  };

  /** What happened to one student's notebook. */
  public enum Status { COLLECTED, MISSING, REFUSED }

  /** One student's outcome, with the reason when it was not collected. */
  public record Outcome(String user, Status status, String detail) {}

  private Collect() {}

  /** Collects {@code lab} from every account into {@code out} and returns one outcome per account. */
  public static List<Outcome> run(Lab lab, List<Account> accounts, Path out, long maxBytes, Reader reader) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + out, e);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Account account : accounts) {
      outcomes.add(one(lab, account, out, maxBytes, reader));
    }
    return outcomes;
  }

  static Outcome one(Lab lab, Account account, Path out, long maxBytes, Reader reader) {
    String user = account.user();
    String shown = "~" + user + "/" + lab.inHome();
    Path target = out.resolve(user + ".ipynb");
    try {
      Files.deleteIfExists(target); // an old copy must not stand in for a notebook gone missing or refused
      if (!Stat.of(account.home()).directory()) {
        return new Outcome(user, Status.REFUSED, "the home " + account.home() + " is not a folder");
      }
      Path notebooks = account.home().resolve(Lab.HOME_FOLDER);
      Path folder = notebooks.resolve(lab.folder());
      Path file = folder.resolve(lab.notebook());
      for (Path step : List.of(notebooks, folder, file)) {
        Stat stat = Stat.of(step);
        if (stat.link()) {
          return new Outcome(user, Status.REFUSED, "~" + user + "/" + account.home().relativize(step)
              + " is a symbolic link (to " + Files.readSymbolicLink(step) + "); only a real file in the home is collected");
        }
        if (step != file && !stat.directory()) {
          return new Outcome(user, Status.REFUSED, "~" + user + "/" + account.home().relativize(step) + " is not a folder");
        }
      }
      Stat before = Stat.of(file);
      String problem = before.problem(account, maxBytes);
      if (problem != null) {
        return new Outcome(user, Status.REFUSED, shown + " " + problem);
      }
      byte[] content = reader.read(account, file, maxBytes + 1);
      Stat after = Stat.of(file);
      if (!before.sameFile(after) || content.length != before.size()) {
        return new Outcome(user, Status.REFUSED, shown + " changed while it was read; collect again");
      }
      Path temporary = Files.createTempFile(out, ".collect-", ".part");
      Files.write(temporary, content);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Outcome(user, Status.COLLECTED, target.toString());
    } catch (NoSuchFileException e) {
      return new Outcome(user, Status.MISSING, "no " + shown);
    } catch (IOException e) {
      return new Outcome(user, Status.REFUSED, "could not read " + shown + ": " + e.getMessage());
    }
  }

  /** What lstat(2) says of a path: never follows a symbolic link. */
  record Stat(boolean link, boolean directory, boolean regular, int uid, int links, long size, Object key) {
    static Stat of(Path path) throws IOException {
      Map<String, Object> a = Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
      return new Stat((Boolean) a.get("isSymbolicLink"), (Boolean) a.get("isDirectory"), (Boolean) a.get("isRegularFile"),
          (Integer) a.get("uid"), (Integer) a.get("nlink"), (Long) a.get("size"), a.get("fileKey"));
    }

    /** Returns why this file is not collected for {@code account}, or null when it is fine. */
    String problem(Account account, long maxBytes) {
      if (!regular) {
        return "is not a regular file (a folder, pipe or device)";
      }
      if (uid != account.uid()) {
        return "belongs to user id " + uid + ", not to " + account.user() + " (" + account.uid() + ")";
      }
      if (links > 1) {
        return "has " + links + " hard links; only a file of its own is collected";
      }
      if (size > maxBytes) {
        return "is " + size + " bytes, over the cap of " + maxBytes;
      }
      return null;
    }

    boolean sameFile(Stat other) {
      return Objects.equals(key, other.key) && size == other.size && !other.link;
    }
  }
}
