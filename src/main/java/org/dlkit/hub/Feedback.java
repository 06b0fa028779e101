package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Returns graded feedback: {@code <graded>/<user>/feedback.md} (the layout {@code dlkit grade}
 * writes) goes to {@code ~<user>/notebooks/<lab>/feedback.md}, written as the student, so the file is the
 * student's own and a planted link reaches only what the student could write anyway.
 */
public final class Feedback {
  /** The largest feedback file returned: 1 MiB. */
  static final long MAX_BYTES = 1L << 20;
  private static final String WRITE = "mkdir -p -- \"$1\" && cat > \"$2\"";

  private Feedback() {}

  /** One student's outcome: the file written, or why nothing was. */
  public record Outcome(String user, boolean returned, String detail) {}

  /** Puts {@code lab}'s feedback from {@code graded} into every account's home and returns one outcome each. */
  public static List<Outcome> give(Lab lab, List<Account> accounts, Path graded) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Account account : accounts) {
      Path source = graded.resolve(account.user()).resolve("feedback.md");
      if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
        outcomes.add(new Outcome(account.user(), false, "no " + source));
        continue;
      }
      byte[] content;
      try {
        if (Files.size(source) > MAX_BYTES) {
          outcomes.add(new Outcome(account.user(), false, source + " is over " + (MAX_BYTES >> 20) + " MiB"));
          continue;
        }
        content = Files.readAllBytes(source);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + source, e);
      }
      Path folder = account.home().resolve(lab.folderInHome());
      Path target = folder.resolve("feedback.md");
      AsUser.Result result = AsUser.run(account, List.of("/bin/sh", "-c", WRITE, "sh", folder.toString(),
          target.toString()), content, 4096);
      outcomes.add(result.exit() == 0 ? new Outcome(account.user(), true, target.toString())
          : new Outcome(account.user(), false, "could not write " + target + " as " + account.user() + ": " + result.err()));
    }
    return outcomes;
  }
}
