package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlkit.hub.Account;
import org.dlkit.hub.Accounts;
import org.dlkit.hub.HubServer;
import org.dlkit.hub.HubSettings;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Limits;
import org.dlkit.hub.Ports;
import org.dlkit.hub.Roster;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * The class hub end to end, as root on the CI machine: a bad roster creates no account; a hub for
 * three students ({@value #PREFIX}1..3) on a free port; one logs in through the real login form in
 * Chromium, opens lab 1 and runs a cell; a student's kernel cannot read another's home, and a kernel
 * out of memory or killed leaves the others alone; a hub restart keeps the servers; then the three
 * are collected (one planted a link to /etc/shadow and is refused), graded, and their feedback
 * returned. Everything it made (accounts, processes, control groups, state) is removed afterwards.
 */
final class HubTest {
  /** The user-name prefix of test accounts; cleaning up removes only accounts dlkit hub made with it. */
  static final String PREFIX = "dlkte2e";

  private HubTest() {}

  /** Runs the test and returns 0 when every check held. */
  static int run(Path home, PrintWriter err) throws IOException, InterruptedException {
    Path work = home.resolve("target/hub-test");
    HubState state = new HubState(Path.of("/tmp/dlkit-hub-test-" + ProcessHandle.current().pid()));
    List<String> users = List.of(PREFIX + "1", PREFIX + "2", PREFIX + "3");
    List<String> failures = new ArrayList<>();
    try {
      deleteTree(work);
      Files.createDirectories(work);
      badRoster(work, state, failures, err);
      Path roster = Files.writeString(work.resolve("students.csv"), "user,name,role\n" + users.get(0) + ",Ada L\n"
          + users.get(1) + ",Alan T\n" + users.get(2) + ",Grace H\n");
      HubSettings settings = HubCommand.up(home, state, Roster.read(roster), List.of("01"), "127.0.0.1", Ports.free(),
          new Limits("512m", 1024, 512, 600), err);
      String url = "http://127.0.0.1:" + settings.port();
      err.println("dlkit test: hub for 3 students at " + url);
      err.flush();
      String password = password(state, users.get(0));
      Map<String, String> node = Map.of("NODE_PATH", TestSetup.playwrightHome(home).resolve("node_modules").toString());
      expect(Jupyter.run(List.of("node", Jupyter.script("hub_browser_test.cjs").toString(), url, users.get(0), password,
          work.toString()), node) == 0, "the browser test of the hub failed (see above)", failures);
      expect(Jupyter.run(List.of("/usr/bin/python3", Jupyter.script("hub_driver.py").toString(), "isolation", url,
          settings.apiToken(), users.get(1), users.get(2))) == 0, "the isolation checks failed (see above)", failures);
      restartKeepsServers(home, state, roster, url, settings, users.get(0), failures, err);
      collectGradeReturn(home, work, state, users, failures, err);
    } finally {
      HubServer.stopHub(state);
      HubServer.stopServers(state);
      for (String user : users) {
        Accounts.remove(user);
      }
      deleteTree(state.folder());
    }
    failures.forEach(f -> err.println("dlkit test: FAIL hub: " + f));
    if (failures.isEmpty()) {
      err.println("dlkit test: the class hub passed (roster checks, login in Chromium, isolation, limits, restart,"
          + " collect, grade, return)");
    }
    err.flush();
    return failures.isEmpty() ? 0 : 1;
  }

  private static void badRoster(Path work, HubState state, List<String> failures, PrintWriter err) throws IOException {
    Path bad = Files.writeString(work.resolve("bad.csv"),
        PREFIX + "ok,Fine\n" + PREFIX + "ok,Twice\nNot A Name,Who\nroot,The Admin\n");
    StringWriter text = new StringWriter();
    int code = new CommandLine(new Main()).setErr(new PrintWriter(text)).setOut(new PrintWriter(text))
        .execute("hub", "--roster", bad.toString(), "--state", state.folder().toString());
    String said = text.toString();
    expect(code == 2, "a bad roster exited " + code + ", not 2", failures);
    for (String line : List.of("line 2: '" + PREFIX + "ok' is already on line 1", "line 3: 'Not A Name' is not a valid user name",
        "line 4: 'root' is a reserved system account name")) {
      expect(said.contains(line), "a bad roster's message lacks \"" + line + "\": " + said, failures);
    }
    expect(Account.lookup(PREFIX + "ok").isEmpty(), "a bad roster created the account " + PREFIX + "ok", failures);
    err.println("dlkit test: a bad roster is refused, naming each line, and creates no account");
  }

  private static void restartKeepsServers(Path home, HubState state, Path roster, String url, HubSettings settings,
      String user, List<String> failures, PrintWriter err) {
    long before = serverPid(url, settings, user);
    HubCommand.up(home, state, Roster.read(roster), List.of("01"), "127.0.0.1", settings.port(),
        new Limits("512m", 1024, 512, 600), err);
    long after = serverPid(url, settings, user);
    expect(before > 0 && before == after && ProcessHandle.of(after).isPresent(), "after a hub restart " + user
        + "'s server was pid " + after + ", before " + before, failures);
    expect(HubServer.answers(url + "/user/" + user + "/api/status?token=" + settings.apiToken()),
        user + "'s server did not answer through the restarted hub", failures);
    err.println("dlkit test: a hub restart kept " + user + "'s server (pid " + after + ")");
  }

  private static long serverPid(String url, HubSettings settings, String user) {
    try {
      var connection = (java.net.HttpURLConnection) java.net.URI.create(url + "/hub/api/users/" + user).toURL()
          .openConnection();
      connection.setRequestProperty("Authorization", "token " + settings.apiToken());
      var json = com.google.gson.JsonParser.parseString(new String(connection.getInputStream().readAllBytes()))
          .getAsJsonObject().getAsJsonObject("servers").getAsJsonObject("");
      return json.getAsJsonObject("state").get("pid").getAsLong();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void collectGradeReturn(Path home, Path work, HubState state, List<String> users, List<String> failures,
      PrintWriter err) throws IOException {
    // The second student solved the lab (the instructor's copy stands in); the third planted a link.
    Account solver = Account.lookup(users.get(1)).orElseThrow();
    Path solved = solver.home().resolve("notebooks/01-perceptron/perceptron.ipynb");
    Files.copy(home.resolve("labs/01-perceptron/perceptron.ipynb"), solved, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.setAttribute(solved, "unix:uid", solver.uid());
    Account planter = Account.lookup(users.get(2)).orElseThrow();
    Path planted = planter.home().resolve("notebooks/01-perceptron/perceptron.ipynb");
    Files.delete(planted);
    Files.createSymbolicLink(planted, Path.of("/etc/shadow"));
    Files.setAttribute(planted, "unix:uid", planter.uid(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    Path submissions = work.resolve("submissions");
    Path graded = work.resolve("graded");
    CommandLine cli = new CommandLine(new Main());
    int collected = cli.execute("collect", "--lab", "01", "--out", submissions.toString(), "--state", state.folder().toString());
    expect(collected == 1, "collect with one planted link exited " + collected + ", not 1", failures);
    expect(Files.isRegularFile(submissions.resolve(users.get(0) + ".ipynb"))
        && Files.isRegularFile(submissions.resolve(users.get(1) + ".ipynb"))
        && !Files.exists(submissions.resolve(users.get(2) + ".ipynb")),
        "collect did not take exactly the two real notebooks: " + list(submissions), failures);
    int gradedCode = cli.execute("grade", "--lab", "01", submissions.toString(), "--out", graded.toString(),
        "--jobs", "1");
    expect(gradedCode == 0, "grade exited " + gradedCode, failures);
    Table book = Table.read().csv(graded.resolve("gradebook.csv").toFile());
    double max = 0;
    Map<String, Double> totals = new java.util.HashMap<>();
    for (int row = 0; row < book.rowCount(); row++) {
      totals.put(book.getString(row, "student"), book.numberColumn("total").getDouble(row));
    }
    max = totals.getOrDefault(users.get(1), 0.0);
    expect(totals.size() == 2 && max > 0 && totals.getOrDefault(users.get(0), max) < max,
        "the gradebook should grade the solver above the untouched notebook: " + totals, failures);
    err.println("dlkit test: collected and graded: " + totals);
    int returned = cli.execute("return", "--lab", "01", "--from", graded.toString(), "--state", state.folder().toString());
    Path feedback = solver.home().resolve("notebooks/01-perceptron/feedback.md");
    expect(returned == 0 && Files.isRegularFile(feedback, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        && (Integer) Files.getAttribute(feedback, "unix:uid") == solver.uid(),
        "return did not put a feedback.md owned by " + solver.user() + " into " + feedback, failures);
  }

  private static String password(HubState state, String user) throws IOException {
    return Files.readAllLines(state.passwords()).stream().filter(l -> l.startsWith(user + ","))
        .map(l -> l.substring(user.length() + 1)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no password for " + user + " in " + state.passwords()));
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void expect(boolean holds, String failure, List<String> failures) {
    if (!holds) {
      failures.add(failure);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
