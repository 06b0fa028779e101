package org.dlkit.notebook;

import java.util.UUID;
import java.util.function.LongSupplier;
import org.dlkit.train.History;
import org.dlkit.train.Progress;

/**
 * Shows training progress as one HTML bar in the notebook, updated in place: epoch i/n, a bar,
 * the last loss, the last validation loss and the time left. {@link #start} creates the display
 * once; steps redraw it at most five times a second, every epoch end and the end of training
 * redraw it always. Get one with {@link Notebook#progress()}.
 */
public final class NotebookProgress implements Progress {
  /** The shortest time between two redraws caused by steps: 200 ms, five a second. */
  static final long REDRAW_NANOS = 200_000_000L;

  private final DisplaySink sink;
  private final LongSupplier clock;
  private final String id = UUID.randomUUID().toString();
  private int epochs;
  private int batches;
  private long started;
  private long lastDrawn;
  private double valLoss = Double.NaN;

  NotebookProgress(DisplaySink sink, LongSupplier clock) {
    this.sink = sink;
    this.clock = clock;
  }

  /** Returns the display id this bar is shown and updated under. */
  String displayId() {
    return id;
  }

  @Override
  public void start(int epochs, int batchesPerEpoch) {
    this.epochs = Math.max(1, epochs);
    this.batches = Math.max(1, batchesPerEpoch);
    this.started = clock.getAsLong();
    this.lastDrawn = started;
    sink.display(bundle(ProgressHtml.bar(1, this.epochs, 0, Double.NaN, Double.NaN, Double.NaN)));
  }

  @Override
  public void step(int epoch, int batch, double loss) {
    long now = clock.getAsLong();
    if (now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    double done = ((epoch - 1) + (double) batch / batches) / epochs;
    update(ProgressHtml.bar(epoch, epochs, done, loss, valLoss, eta(done, now)));
  }

  @Override
  public void epochEnd(History.Epoch epoch) {
    long now = clock.getAsLong();
    lastDrawn = now;
    valLoss = epoch.valLoss();
    double done = (double) epoch.epoch() / epochs;
    update(ProgressHtml.bar(epoch.epoch(), epochs, done, epoch.trainLoss(), valLoss, eta(done, now)));
  }

  @Override
  public void end(History history) {
    update(ProgressHtml.done(history, epochs, (clock.getAsLong() - started) / 1e9));
  }

  private double eta(double done, long now) {
    return done > 0 ? (now - started) / 1e9 * (1 - done) / done : Double.NaN;
  }

  private void update(String[] htmlAndText) {
    sink.update(id, bundle(htmlAndText));
  }

  private MimeBundle bundle(String[] htmlAndText) {
    return MimeBundle.htmlAndText(htmlAndText[0], htmlAndText[1]).withDisplayId(id);
  }
}
