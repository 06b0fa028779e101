package org.dlkit.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A contender in a child process, driven over a line protocol of JSON objects on its stdin and stdout.
 * The peer announces itself with {@code {"ready":true,"system":"PyTorch 1.13"}} (or {@code "unavailable"}
 * with the reason), then answers each request with one line:
 *
 * <pre>
 * {"cmd":"prepare","workload":"W3","precision":"f32","examples":60000,"hidden":128} -> {"ok":true,"data":"Fashion-MNIST"}
 * {"cmd":"steps","workload":"W3","precision":"f32","count":100}   -> {"seconds":0.11,"loss":0.52}
 * {"cmd":"epoch","workload":"W3","precision":"f32"}               -> {"seconds":1.2,"examples":60000}
 * {"cmd":"matmul","m":256,"k":256,"n":256,"threads":1,"count":50} -> {"seconds":0.04}
 * {"cmd":"quit"}                                                  -> {"ok":true}
 * </pre>
 *
 * A failed request is answered with {@code {"error":"..."}}, which becomes an exception naming the peer.
 * The peer's stderr goes to a file whose last lines are quoted when the peer dies.
 */
public final class PeerProcess implements Contender {
  private final String name;
  private final Process process;
  private final BufferedReader in;
  private final BufferedWriter out;
  private final Path stderr;
  private final JsonObject ready;

  private PeerProcess(String name, Process process, Path stderr) throws IOException {
    this.name = name;
    this.process = process;
    this.stderr = stderr;
    this.in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.ready = readAnswer("start");
  }

  /**
   * Starts {@code command} with {@code environment} added to this process's environment and waits for its
   * ready line. A peer that cannot start comes back as an unavailable contender, with the reason.
   */
  public static Contender start(String name, List<String> command, Map<String, String> environment) {
    Path stderr = null;
    try {
      stderr = Files.createTempFile("dlkit-peer-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      return new PeerProcess(name, builder.start(), stderr);
    } catch (IOException | RuntimeException e) {
      return Unavailable.of(name, name + " could not start (" + shown(command) + "): " + e.getMessage());
    }
  }

  /** Returns the command as a line to quote in a message, with a class path cut to its first entry. */
  private static String shown(List<String> command) {
    List<String> shown = new java.util.ArrayList<>(command);
    int classPath = shown.indexOf("-cp");
    if (classPath >= 0 && classPath + 1 < shown.size()) {
      String entries = shown.get(classPath + 1);
      shown.set(classPath + 1, entries.contains(":") ? entries.substring(0, entries.indexOf(':')) + ":..." : entries);
    }
    return String.join(" ", shown);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return ready.has("system") && !ready.get("system").isJsonNull() ? ready.get("system").getAsString() : name;
  }

  /** Returns a field of the peer's ready line (e.g. {@code blas}), or empty. */
  public Optional<String> announced(String field) {
    return ready.has(field) && !ready.get(field).isJsonNull() ? Optional.of(ready.get(field).getAsString())
        : Optional.empty();
  }

  /** Returns true when the peer started and serves requests, even if it cannot train (PyTorch missing). */
  public boolean ready() {
    return ready.has("ready") && ready.get("ready").getAsBoolean();
  }

  @Override
  public Optional<String> unavailable() {
    if (!ready()) {
      return Optional.of(announced("unavailable").orElse(name + " did not start"));
    }
    return announced("unavailable");
  }

  @Override
  public boolean supports(Precision precision) {
    return true;
  }

  @Override
  public String prepare(Workload workload, Precision precision, int examples, int hidden) {
    JsonObject request = request("prepare", workload, precision);
    request.addProperty("examples", examples);
    request.addProperty("hidden", hidden);
    return ask(request).get("data").getAsString();
  }

  @Override
  public double steps(Workload workload, Precision precision, int count) {
    JsonObject request = request("steps", workload, precision);
    request.addProperty("count", count);
    return ask(request).get("seconds").getAsDouble();
  }

  @Override
  public double epoch(Workload workload, Precision precision) {
    return ask(request("epoch", workload, precision)).get("seconds").getAsDouble();
  }

  /** Times {@code count} float64 products of {@code m x k} by {@code k x n} on {@code threads} BLAS threads. */
  public double matmul(int m, int k, int n, int threads, int count) {
    JsonObject request = new JsonObject();
    request.addProperty("cmd", "matmul");
    request.addProperty("m", m);
    request.addProperty("k", k);
    request.addProperty("n", n);
    request.addProperty("threads", threads);
    request.addProperty("count", count);
    return ask(request).get("seconds").getAsDouble();
  }

  @Override
  public void close() {
    try {
      JsonObject quit = new JsonObject();
      quit.addProperty("cmd", "quit");
      send(quit);
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static JsonObject request(String cmd, Workload workload, Precision precision) {
    JsonObject request = new JsonObject();
    request.addProperty("cmd", cmd);
    request.addProperty("workload", workload.name());
    request.addProperty("precision", precision.label());
    return request;
  }

  private JsonObject ask(JsonObject request) {
    try {
      send(request);
      JsonObject answer = readAnswer(request.get("cmd").getAsString());
      if (answer.has("error")) {
        throw new IllegalStateException(name + " answered " + request + " with: " + answer.get("error").getAsString());
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(name + " stopped answering " + request + stderrTail(), e);
    }
  }

  private void send(JsonObject request) throws IOException {
    out.write(request.toString());
    out.newLine();
    out.flush();
  }

  private JsonObject readAnswer(String what) throws IOException {
    String line = in.readLine();
    if (line == null) {
      throw new IOException(name + " ended before answering '" + what + "'" + stderrTail());
    }
    try {
      return JsonParser.parseString(line).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new IOException(name + " answered '" + what + "' with a line that is not a JSON object: " + line, e);
    }
  }

  private String stderrTail() {
    try {
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : "; its stderr ends with:\n  "
          + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
