package org.dlkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dlkit.train.History;
import org.dlkit.train.HistoryFixtures;
import org.junit.jupiter.api.Test;

class NotebookProgressTest {
  /** Records displays and updates. */
  static final class RecordingSink implements DisplaySink {
    final List<MimeBundle> displayed = new ArrayList<>();
    final List<String> updatedIds = new ArrayList<>();
    final List<MimeBundle> updates = new ArrayList<>();

    @Override
    public void display(MimeBundle data) {
      displayed.add(data);
    }

    @Override
    public void update(String id, MimeBundle data) {
      updatedIds.add(id);
      updates.add(data);
    }
  }

  @Test
  void displaysOnceThenUpdatesTheSameDisplayAtMostFiveTimesASecond() {
    RecordingSink sink = new RecordingSink();
    AtomicLong now = new AtomicLong();
    NotebookProgress progress = new NotebookProgress(sink, () -> now.addAndGet(1_000_000L)); // 1 ms per reading
    int epochs = 10;
    int batches = 1000;
    progress.start(epochs, batches);
    for (int e = 1; e <= epochs; e++) {
      for (int b = 1; b <= batches; b++) {
        progress.step(e, b, 1.0 / e);
      }
      progress.epochEnd(new History.Epoch(e, 1.0 / e, 1.1 / e, Double.NaN, Double.NaN, 1));
    }
    History history = HistoryFixtures.trainLossOnly(1, 0.5);
    progress.end(history);

    assertEquals(1, sink.displayed.size());
    String id = sink.displayed.get(0).displayId().orElseThrow();
    assertEquals(progress.displayId(), id);
    assertTrue(sink.updatedIds.stream().allMatch(id::equals), "every update targets the one display");
    // 10 s of steps at 5 redraws a second, plus 10 epoch ends and the end: far fewer than 10,000 steps.
    assertTrue(sink.updates.size() <= 50 + epochs + 1, "updates: " + sink.updates.size());
    assertTrue(sink.updates.size() > epochs, "updates: " + sink.updates.size());

    String midway = (String) sink.updates.get(sink.updates.size() / 2).data().get("text/html");
    assertTrue(midway.contains("<progress") && midway.contains("epoch ") && midway.contains("/10"), midway);
    assertTrue(midway.contains("ETA"), midway);
    String afterEpoch = (String) sink.updates.get(sink.updates.size() - 2).data().get("text/html");
    assertTrue(afterEpoch.contains("loss 0.1000") && afterEpoch.contains("val loss 0.1100"), afterEpoch);
    String last = (String) sink.updates.get(sink.updates.size() - 1).data().get("text/plain");
    assertTrue(last.startsWith("done: 2/10 epochs"), last);
  }
}
