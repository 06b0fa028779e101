package org.dlkit.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A benchmark command with a {@code --quick} switch that prints its results to stdout; subclasses name the benchmark. */
abstract class QuickBenchCommand implements Callable<Integer> {
  @Option(names = "--quick", description = "Use tiny sizes and few repeats (seconds, not minutes).")
  private boolean quick;

  /** Runs the benchmark, small and fast when {@code quick}, printing to {@code out}. */
  abstract void run(boolean quick, PrintStream out);

  /** Runs the benchmark and returns 0. */
  @Override
  public Integer call() {
    run(quick, System.out);
    System.out.flush();
    return 0;
  }
}
