package org.dlkit.notebook;

import java.util.Locale;
import org.dlkit.train.History;

/** Formats the progress bar's HTML and its plain-text twin; each method returns {html, text}. */
final class ProgressHtml {
  private ProgressHtml() {}

  /** Returns the bar for epoch {@code epoch} of {@code epochs}, {@code done} in 0..1; NaN measures are left out. */
  static String[] bar(int epoch, int epochs, double done, double loss, double valLoss, double etaSeconds) {
    int percent = (int) Math.round(100 * Math.max(0, Math.min(1, done)));
    String measures = measure("loss", loss) + measure("val loss", valLoss)
        + (Double.isNaN(etaSeconds) ? "" : " · ETA " + seconds(etaSeconds));
    String html = "<div class=\"dlkit-progress\" style=\"font-family:monospace\">epoch " + epoch + "/" + epochs
        + " <progress value=\"" + percent + "\" max=\"100\" style=\"width:240px;vertical-align:middle\"></progress> "
        + percent + "%" + measures + "</div>";
    return new String[] {html, "epoch " + epoch + "/" + epochs + " " + percent + "%" + measures};
  }

  /** Returns the finished bar: epochs run, early stopping if it happened, final losses and time taken. */
  static String[] done(History history, int planned, double elapsedSeconds) {
    int ran = history == null ? 0 : history.epochs().size();
    StringBuilder text = new StringBuilder("done: ").append(ran).append('/').append(planned).append(" epochs");
    if (history != null && history.stoppedEpoch() > 0) {
      text.append(", stopped early at ").append(history.stoppedEpoch()).append(" (best ")
          .append(history.bestEpoch()).append(')');
    }
    if (ran > 0) {
      text.append(measure("loss", history.last().trainLoss())).append(measure("val loss", history.last().valLoss()));
    }
    text.append(" · ").append(seconds(elapsedSeconds));
    String html = "<div class=\"dlkit-progress\" style=\"font-family:monospace\">"
        + "<progress value=\"100\" max=\"100\" style=\"width:240px;vertical-align:middle\"></progress> "
        + Html.escape(text.toString()) + "</div>";
    return new String[] {html, text.toString()};
  }

  private static String measure(String name, double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, " · %s %.4f", name, value);
  }

  private static String seconds(double s) {
    return s < 60
        ? String.format(Locale.ROOT, "%.0fs", s)
        : String.format(Locale.ROOT, "%dm%02ds", (long) s / 60, (long) s % 60);
  }
}
