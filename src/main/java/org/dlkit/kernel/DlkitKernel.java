package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.dlkit.notebook.Notebook;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs notebook cells as Java with JShell inside this JVM, on basekernel's Jupyter messaging:
 * evaluation, IJava's magics and display functions, completion, inspection and interrupts.
 *
 * <p>Cells run one at a time on a dedicated thread whose context class loader sees the jars the
 * magics add. An interrupt first sets {@link Interrupts}' flag, which stops loops in cell code at
 * their next iteration; if the cell is still running a second later (blocked in a library call),
 * the cell thread is also {@linkplain Thread#interrupt() interrupted}. The delay keeps
 * {@code Thread.interrupt()} away from the common case, because it closes any NIO channel (such as
 * ZeroMQ's) that the thread touches while the flag is set.
 */
public final class DlkitKernel extends BaseKernel {
  private static final long BLOCKED_CELL_GRACE_MILLIS = 1000;
  private static volatile DlkitKernel current;

  private final KernelIo io = new KernelIo();
  private final Magics magics = new Magics();
  private final CellEvaluator evaluator;
  private final CellRunner runner;
  private final CodeAssist assist;
  private final ExecutorService cells;
  private final ScheduledExecutorService interrupter;
  private final AtomicLong cellCounter = new AtomicLong();
  private volatile long runningCell;
  private volatile Thread cellThread;

  /** Starts a kernel whose cells compile against this JVM's class path ({@code java.class.path}). */
  public DlkitKernel() {
    this(System.getProperty("java.class.path", ""));
  }

  /** Starts a kernel whose cells compile against {@code classpath}. */
  public DlkitKernel(String classpath) {
    this.evaluator = new CellEvaluator(DlkitKernel.class.getClassLoader(), classpath);
    this.runner = new CellRunner(evaluator, magics);
    this.assist = new CodeAssist(evaluator);
    KernelMagics.register(magics, evaluator, runner);
    this.cells = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "dlkit-cell");
      thread.setDaemon(true);
      thread.setContextClassLoader(evaluator.classLoader());
      cellThread = thread;
      return thread;
    });
    this.interrupter = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "dlkit-interrupter");
      thread.setDaemon(true);
      return thread;
    });
    current = this;
  }

  /** Returns the running kernel, or null outside a kernel (for example in a plain JVM). */
  public static DlkitKernel current() {
    return current;
  }

  /** Returns the running kernel, failing with a message that says where display works. */
  static DlkitKernel require() {
    DlkitKernel kernel = current;
    if (kernel == null) {
      throw new IllegalStateException("no dlkit kernel is running: display functions work only in notebook cells");
    }
    return kernel;
  }

  /** Returns the line and cell magics registry; register more magics here. */
  public Magics getMagics() {
    return magics;
  }

  /** Returns the class loader of cell code, which also sees the jars added by magics. */
  public ClassLoader getClassLoader() {
    return evaluator.classLoader();
  }

  /** Adds class path entries for cells, as {@code %classpath} does. */
  public void addToClasspath(String classpath) {
    evaluator.addToClasspath(classpath);
  }

  @Override
  public JupyterIO getIO() {
    return io;
  }

  @Override
  public void display(DisplayData data) {
    io.display.display(data);
  }

  @Override
  public LanguageInfo getLanguageInfo() {
    return new LanguageInfo.Builder("java")
        .version(Runtime.version().toString())
        .mimetype("text/x-java-source")
        .fileExtension(".jshell")
        .pygments("java")
        .codemirror("java")
        .build();
  }

  @Override
  public String getBanner() {
    return "dlkit: Java " + Runtime.version() + " with JShell";
  }

  /**
   * Runs one cell on the cell thread and returns its trailing expression's MIME bundle, or null
   * when the cell ends with a statement, a declaration or an expression with a final semicolon.
   *
   * @throws CellException when the cell does not compile, throws, or is interrupted
   */
  @Override
  public DisplayData eval(String code) throws Exception {
    Notebook.recordCell(code);
    Future<DisplayData> result = cells.submit(() -> runCell(code));
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw new CellException(cause.getClass().getName(), String.valueOf(cause.getMessage()), List.of(cause.toString()));
    }
  }

  private DisplayData runCell(String code) throws CellException {
    Thread.interrupted();
    Interrupts.clear();
    runningCell = cellCounter.incrementAndGet();
    try {
      CellEvaluator.Result result = runner.run(code);
      if (!result.present()) {
        return null;
      }
      return result.value() == null ? new DisplayData("null") : getRenderer().render(result.value());
    } finally {
      runningCell = 0;
      Interrupts.clear();
      Thread.interrupted();
    }
  }

  /** Stops the running cell: loops at once, blocking calls after a short grace period. */
  @Override
  public void interrupt() {
    long cell = runningCell;
    if (cell == 0) {
      return;
    }
    Interrupts.request();
    Thread thread = cellThread;
    interrupter.schedule(() -> {
      if (runningCell == cell && thread != null) {
        thread.interrupt();
      }
    }, BLOCKED_CELL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    return assist.complete(code, at);
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return assist.inspect(code, at);
  }

  @Override
  public String isComplete(String code) {
    return assist.isComplete(code);
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    interrupt();
    cells.shutdownNow();
    interrupter.shutdownNow();
    evaluator.close();
  }

  /** Handles requests like basekernel, but with dlkit's execute handler for exact error fields. */
  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    connection.setHandler(MessageType.EXECUTE_REQUEST, this::handleExecuteRequest);
  }

  /**
   * Executes one request as basekernel does, except that a {@link CellException} is published with
   * its own name, value and traceback (basekernel would use the Java class's simple name).
   */
  private synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    commManager.setMessageContext(message);
    ExecuteRequest request = message.getContent();
    int count = executionCount.getAndIncrement();
    env.setBusyDeferIdle();
    env.publish(new PublishExecuteInput(request.getCode(), count));
    redirectStandardStreams(env);
    io.attach(env, request.isStdinEnabled());
    env.defer(() -> io.detach(env));
    try {
      DisplayData out = eval(request.getCode());
      if (out != null) {
        env.publish(new PublishExecuteResult(count, out));
      }
      env.defer().reply(new ExecuteReply(count, Map.of()));
    } catch (Exception e) {
      CellException error = e instanceof CellException cell ? cell
          : new CellException(e.getClass().getName(), String.valueOf(e.getMessage()), formatError(e));
      ErrorReply reply = new ErrorReply(error.name(), error.value(), error.traceback());
      reply.setExecutionCount(count);
      env.publish(new PublishError(error.name(), error.value(), error.traceback()));
      env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }
  }

  private void redirectStandardStreams(ShellReplyEnvironment env) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    InputStream in = System.in;
    System.setOut(io.out);
    System.setErr(io.err);
    System.setIn(io.in);
    env.defer(() -> {
      System.setOut(out);
      System.setErr(err);
      System.setIn(in);
    });
  }
}
