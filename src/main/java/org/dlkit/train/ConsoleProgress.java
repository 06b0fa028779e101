package org.dlkit.train;

import java.io.PrintStream;

/**
 * Draws training progress as one terminal line, redrawn in place with a carriage return at most
 * ten times a second: {@code epoch 3/20 [=====>     ] 45% loss 0.3412 val 0.3511 ETA 4s}.
 */
final class ConsoleProgress implements Progress {
  private static final int WIDTH = 20;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private int epochs;
  private int batches;
  private long started;
  private long lastDrawn;
  private String lastEpoch = "";

  ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void start(int epochs, int batchesPerEpoch) {
    this.epochs = epochs;
    this.batches = batchesPerEpoch;
    this.started = System.nanoTime();
  }

  @Override
  public void step(int epoch, int batch, double loss) {
    long now = System.nanoTime();
    if (now - lastDrawn < REDRAW_NANOS && batch < batches) {
      return;
    }
    lastDrawn = now;
    double done = ((epoch - 1) + (double) batch / batches) / epochs;
    draw(epoch, done, String.format("loss %.4f", loss) + lastEpoch, now);
  }

  @Override
  public void epochEnd(History.Epoch epoch) {
    lastEpoch = Double.isNaN(epoch.valLoss()) ? "" : String.format(" val %.4f", epoch.valLoss());
    draw(epoch.epoch(), (double) epoch.epoch() / epochs, String.format("loss %.4f", epoch.trainLoss()) + lastEpoch,
        System.nanoTime());
  }

  @Override
  public void end(History history) {
    out.println();
    out.flush();
  }

  private void draw(int epoch, double done, String measures, long now) {
    int filled = (int) Math.round(done * WIDTH);
    String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? ">" : "") + " ".repeat(WIDTH - filled);
    double elapsed = (now - started) / 1e9;
    String eta = done > 0 ? String.format("ETA %.0fs", elapsed * (1 - done) / done) : "";
    out.printf("\repoch %d/%d [%s] %3.0f%% %s %s", epoch, epochs, bar, done * 100, measures, eta);
    out.flush();
  }
}
