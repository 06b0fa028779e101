package org.dlkit.dl4j;

import static org.dlkit.dl4j.PeerProtocol.abbreviate;
import static org.dlkit.dl4j.PeerProtocol.choice;
import static org.dlkit.dl4j.PeerProtocol.describe;
import static org.dlkit.dl4j.PeerProtocol.error;
import static org.dlkit.dl4j.PeerProtocol.object;
import static org.dlkit.dl4j.PeerProtocol.ok;
import static org.dlkit.dl4j.PeerProtocol.positiveInt;
import static org.dlkit.dl4j.PeerProtocol.unavailable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.blas.Blas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Serves the benchmark workloads W1–W4, trained with DL4J, to a harness that times them next to other
 * systems: one JSON object per line on stdin, one answer per line on stdout, nothing else on stdout.
 * The PyTorch peer speaks the same protocol.
 *
 * <pre>
 * start  → {"ready":true,"system":"DL4J 1.0.0-M2.1","threads":2,"blas":"openblas 0.3.19"}
 *          or {"ready":false,"unavailable":"&lt;why&gt;"} when ND4J cannot start
 * {"cmd":"prepare","workload":"W1".."W4","precision":"f64"|"f32","examples":60000,"hidden":128}
 *        → {"ok":true,"data":"moons"|"xor"|"Fashion-MNIST"|"random data (...)","parameters":p}
 * {"cmd":"steps","workload":w,"precision":p,"count":n} → {"seconds":s,"loss":loss after the last step}
 * {"cmd":"epoch","workload":w,"precision":p}            → {"seconds":s,"examples":count}
 * {"cmd":"matmul","m":256,"k":256,"n":256,"threads":t,"count":n} → {"seconds":s,"threads":BLAS threads used}
 * {"cmd":"quit"} → {"ok":true}, then the peer stops; so does the end of the input
 * </pre>
 *
 * <p>A failed request is answered with {@code {"error":"..."}} and the peer keeps serving. Start it as
 * {@code java -cp <dlkit class path> org.dlkit.dl4j.Dl4jPeer --threads 2}.
 */
public final class Dl4jPeer {
  private static final List<String> COMMANDS = List.of("prepare", "steps", "epoch", "matmul", "quit");
  private static final int DEFAULT_EXAMPLES = 60_000;
  private static final int DEFAULT_HIDDEN = 128;
  private static final long MATMUL_SEED = 42;

  private final Gson gson = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues().create();
  private final Map<String, Dl4jWorkload> workloads = new LinkedHashMap<>();
  private final Writer out;

  private Dl4jPeer(Writer out) {
    this.out = out;
  }

  /**
   * Starts the peer on the process's stdin and stdout. Everything else that would print to stdout
   * (ND4J, DL4J, this JVM) goes to stderr, so the harness reads only protocol lines.
   */
  public static void main(String[] args) throws IOException {
    Writer protocol = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    System.setOut(System.err);
    int threads;
    try {
      threads = threads(args);
    } catch (IllegalArgumentException badArguments) {
      Dl4jPeer peer = new Dl4jPeer(protocol);
      peer.send(unavailable(badArguments.getMessage()
          + "; usage: java org.dlkit.dl4j.Dl4jPeer [--threads n]"));
      System.exit(2);
      return;
    }
    run(new InputStreamReader(System.in, StandardCharsets.UTF_8), protocol, threads);
    protocol.flush();
    System.exit(0);
  }

  /**
   * Starts ND4J with {@code threads} threads, writes the ready line to {@code out}, then answers the
   * requests read from {@code in} until a quit request or the end of the input. When ND4J cannot start,
   * writes a not-ready line instead and returns.
   */
  public static void run(Reader in, Writer out, int threads) throws IOException {
    Dl4jPeer peer = new Dl4jPeer(out);
    JsonObject ready;
    try {
      ready = start(threads);
    } catch (RuntimeException | LinkageError failed) {
      peer.send(unavailable("ND4J did not start: " + describe(failed)));
      return;
    }
    peer.send(ready);
    peer.serve(in instanceof BufferedReader buffered ? buffered : new BufferedReader(in));
  }

  /** Reads {@code --threads n} (or {@code --threads=n}); 1 when absent. */
  static int threads(String[] args) {
    int threads = 1;
    for (int i = 0; i < args.length; i++) {
      String value;
      if (args[i].equals("--threads") && i + 1 < args.length) {
        value = args[++i];
      } else if (args[i].startsWith("--threads=")) {
        value = args[i].substring("--threads=".length());
      } else {
        throw new IllegalArgumentException("unknown argument \"" + args[i] + "\"");
      }
      try {
        threads = Integer.parseInt(value);
      } catch (NumberFormatException notANumber) {
        threads = 0;
      }
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be a positive integer, got \"" + value + "\"");
      }
    }
    return threads;
  }

  /** Loads ND4J, gives it {@code threads} threads, and returns the ready line. */
  private static JsonObject start(int threads) {
    Environment environment = Nd4j.getEnvironment();
    environment.setVerbose(false);
    environment.setMaxMasterThreads(threads);
    environment.setMaxThreads(threads);
    Nd4j.factory().blas().setMaxThreads(threads);
    JsonObject ready = new JsonObject();
    ready.addProperty("ready", true);
    ready.addProperty("system", "DL4J " + Dl4jVersions.dl4jVersion());
    ready.addProperty("threads", threads);
    ready.addProperty("blas", Dl4jVersions.blasName(environment));
    return ready;
  }

  /** Answers every request line until quit or the end of the input; blank lines are skipped. */
  private void serve(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      JsonElement request;
      try {
        request = JsonParser.parseString(line);
      } catch (JsonSyntaxException notJson) {
        send(error("not a JSON request (" + describe(notJson) + "): " + abbreviate(line)));
        continue;
      }
      boolean quit = false;
      JsonObject answer;
      try {
        JsonObject object = object(request);
        String command = choice(object, "cmd", COMMANDS);
        quit = command.equals("quit");
        answer = answer(command, object);
      } catch (PeerProtocol.BadRequest bad) {
        answer = error(bad.getMessage());
      } catch (RuntimeException | LinkageError | OutOfMemoryError failed) {
        answer = error(describe(failed));
      }
      send(answer);
      if (quit) {
        return;
      }
    }
  }

  private JsonObject answer(String command, JsonObject request) {
    return switch (command) {
      case "prepare" -> prepare(request);
      case "steps" -> steps(request);
      case "epoch" -> epoch(request);
      case "matmul" -> matmul(request);
      default -> ok();
    };
  }

  private JsonObject prepare(JsonObject request) {
    String name = choice(request, "workload", Dl4jWorkloads.NAMES);
    Precision precision = Precision.named(choice(request, "precision", Precision.names()));
    int examples = positiveInt(request, "examples", DEFAULT_EXAMPLES);
    int hidden = positiveInt(request, "hidden", DEFAULT_HIDDEN);
    String key = key(name, precision);
    workloads.remove(key);
    Dl4jWorkload workload = Dl4jWorkloads.build(name, precision, examples, hidden);
    workloads.put(key, workload);
    JsonObject answer = ok();
    answer.addProperty("data", workload.data());
    answer.addProperty("parameters", workload.parameters());
    return answer;
  }

  private JsonObject steps(JsonObject request) {
    Dl4jWorkload workload = prepared(request);
    Dl4jWorkload.Timing timing = workload.run(positiveInt(request, "count", null));
    JsonObject answer = new JsonObject();
    answer.addProperty("seconds", timing.seconds());
    answer.addProperty("loss", timing.loss());
    return answer;
  }

  private JsonObject epoch(JsonObject request) {
    Dl4jWorkload workload = prepared(request);
    Dl4jWorkload.Timing timing = workload.runEpoch();
    JsonObject answer = new JsonObject();
    answer.addProperty("seconds", timing.seconds());
    answer.addProperty("examples", workload.examples());
    return answer;
  }

  /** Times {@code count} float64 products of seeded random [m, k] and [k, n] matrices with the BLAS on t threads. */
  private JsonObject matmul(JsonObject request) {
    int m = positiveInt(request, "m", null);
    int k = positiveInt(request, "k", null);
    int n = positiveInt(request, "n", null);
    int threads = positiveInt(request, "threads", null);
    int count = positiveInt(request, "count", null);
    Random random = new Random(MATMUL_SEED);
    INDArray a = Nd4j.create(gaussians(random, m * k), new long[] {m, k}, DataType.DOUBLE);
    INDArray b = Nd4j.create(gaussians(random, k * n), new long[] {k, n}, DataType.DOUBLE);
    Blas blas = Nd4j.factory().blas();
    int before = blas.getMaxThreads();
    blas.setMaxThreads(threads);
    int used = blas.getMaxThreads();
    double seconds;
    try {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        a.mmul(b);
      }
      seconds = (System.nanoTime() - start) / 1e9;
    } finally {
      blas.setMaxThreads(before);
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("seconds", seconds);
    answer.addProperty("threads", used);
    return answer;
  }

  private static double[] gaussians(Random random, int count) {
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = random.nextGaussian();
    }
    return values;
  }

  private Dl4jWorkload prepared(JsonObject request) {
    String name = choice(request, "workload", Dl4jWorkloads.NAMES);
    Precision precision = Precision.named(choice(request, "precision", Precision.names()));
    Dl4jWorkload workload = workloads.get(key(name, precision));
    if (workload == null) {
      String ready = workloads.isEmpty() ? "none" : String.join(", ", workloads.keySet());
      throw new PeerProtocol.BadRequest("workload " + key(name, precision) + " is not prepared (prepared: " + ready
          + "); send a prepare request first");
    }
    return workload;
  }

  private static String key(String name, Precision precision) {
    return name + " " + precision.protocolName();
  }

  /** Writes one line and flushes it, so the harness sees every answer at once. */
  private void send(JsonObject line) throws IOException {
    out.write(gson.toJson(line));
    out.write('\n');
    out.flush();
  }
}
