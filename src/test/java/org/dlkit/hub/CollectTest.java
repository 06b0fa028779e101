package org.dlkit.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collect against hostile homes: what a student may plant where their lab notebook should be. */
class CollectTest {
  @TempDir Path root;
  private Path home;
  private Path out;
  private Account account;
  private Lab lab;
  private final byte[] notebook = "{\"cells\": [], \"nbformat\": 4}".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void home() throws IOException {
    home = Files.createDirectories(root.resolve("home/alice"));
    out = root.resolve("submissions");
    int uid = (Integer) Files.getAttribute(home, "unix:uid");
    account = new Account("alice", uid, uid, Account.MARK + " student", home);
    lab = new Lab("01-perceptron", "perceptron.ipynb", root.resolve("released"));
  }

  private Collect.Outcome collect(long max) {
    List<Collect.Outcome> outcomes = Collect.run(lab, List.of(account), out, max, Collect.DIRECT);
    assertEquals(1, outcomes.size());
    return outcomes.get(0);
  }

  private Path labFile() throws IOException {
    return Files.createDirectories(home.resolve("notebooks/01-perceptron")).resolve("perceptron.ipynb");
  }

  @Test
  void aRealNotebookIsCopiedAsUserIpynb() throws IOException {
    Files.write(labFile(), notebook);
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals(Collect.Status.COLLECTED, outcome.status(), outcome.detail());
    assertArrayEquals(notebook, Files.readAllBytes(out.resolve("alice.ipynb")));
  }

  @Test
  void aMissingNotebookIsMissingAndAnOldCopyIsRemoved() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("alice.ipynb"), "last week's");
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals(new Collect.Outcome("alice", Collect.Status.MISSING, "no ~alice/notebooks/01-perceptron/perceptron.ipynb"), outcome);
    assertFalse(Files.exists(out.resolve("alice.ipynb")));
  }

  @Test
  void aSymbolicLinkToASecretIsRefusedAndNotRead() throws IOException {
    Path secret = Files.writeString(root.resolve("shadow"), "root:$6$secret");
    Files.createSymbolicLink(labFile(), secret);
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals(Collect.Status.REFUSED, outcome.status());
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb is a symbolic link (to " + secret
        + "); only a real file in the home is collected", outcome.detail());
    assertFalse(Files.exists(out.resolve("alice.ipynb")));
  }

  @Test
  void aLabFolderThatLinksToAnotherHomeIsRefused() throws IOException {
    Path other = Files.createDirectories(root.resolve("home/bob/notebooks/01-perceptron"));
    Files.write(other.resolve("perceptron.ipynb"), notebook);
    Files.createDirectories(home.resolve("notebooks"));
    Files.createSymbolicLink(home.resolve("notebooks/01-perceptron"), other);
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals(Collect.Status.REFUSED, outcome.status());
    assertTrue(outcome.detail().startsWith("~alice/notebooks/01-perceptron is a symbolic link (to " + other), outcome.detail());
    assertFalse(Files.exists(out.resolve("alice.ipynb")));
  }

  @Test
  void aHardLinkIsRefused() throws IOException {
    Path elsewhere = Files.write(root.resolve("elsewhere.ipynb"), notebook);
    Files.createLink(labFile(), elsewhere);
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb has 2 hard links; only a file of its own is collected",
        outcome.detail());
  }

  @Test
  void aPipeIsRefusedWithoutBlockingOnIt() throws Exception {
    Path fifo = labFile();
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Collect.Outcome outcome = collect(Collect.DEFAULT_MAX_BYTES);
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb is not a regular file (a folder, pipe or device)", outcome.detail());
  }

  @Test
  void aFileOverTheCapIsRefused() throws IOException {
    Files.write(labFile(), new byte[1001]);
    Collect.Outcome outcome = collect(1000);
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb is 1001 bytes, over the cap of 1000", outcome.detail());
    assertEquals(Collect.Status.COLLECTED, collect(1001).status());
  }

  @Test
  void aFileOwnedBySomeoneElseIsRefused() throws IOException {
    Files.write(labFile(), notebook);
    Account impostor = new Account("alice", account.uid() + 1, account.gid(), account.comment(), home);
    Collect.Outcome outcome = Collect.run(lab, List.of(impostor), out, Collect.DEFAULT_MAX_BYTES, Collect.DIRECT).get(0);
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb belongs to user id " + account.uid() + ", not to alice ("
        + impostor.uid() + ")", outcome.detail());
  }

  @Test
  void aFileSwappedWhileReadIsRefused() throws IOException {
    Path file = labFile();
    Files.write(file, notebook);
    Collect.Reader swapping = (who, path, max) -> {
      byte[] read = Collect.DIRECT.read(who, path, max);
      Path swap = Files.write(path.resolveSibling("swap"), notebook); // same content, another file
      Files.move(swap, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return read;
    };
    Collect.Outcome outcome = Collect.run(lab, List.of(account), out, Collect.DEFAULT_MAX_BYTES, swapping).get(0);
    assertEquals("~alice/notebooks/01-perceptron/perceptron.ipynb changed while it was read; collect again", outcome.detail());
  }
}
