package org.dlkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dlkit.data.Datasets;
import org.dlkit.data.Split;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.CrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.MSE;
import org.dlkit.nn.Metrics;
import org.dlkit.nn.ReLU;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.dlkit.nn.Tanh;
import org.dlkit.optim.Adam;
import org.dlkit.optim.Optimizer;
import org.dlkit.optim.Schedules;
import org.dlkit.optim.Sgd;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrainerTest {

  @Test
  @Tag("lab2")
  void mlpLearnsMoonsToNinetyFivePercent() {
    Initializers.seed(0);
    Split split = Datasets.moons(600, 0.1, 1).split(0.25, 2);
    Sequential model = new Sequential(new Dense(2, 16, new Tanh()), new Dense(16, 16, new Tanh()),
        new Dense(16, 1, new Sigmoid()));
    History history = Trainer.of(model, BinaryCrossEntropy.onProbabilities(), Adam.of(model.parameters(), 0.02))
        .epochs(60)
        .validation(split.test())
        .fit(DataLoader.of(split.train(), 32).shuffled(3));
    double accuracy = Evaluation.of(model, BinaryCrossEntropy.onProbabilities(), split.test()).accuracy();
    assertTrue(accuracy >= 0.95, "moons test accuracy " + accuracy);
    assertEquals(60, history.epochs().size());
    assertEquals(accuracy, history.last().valAccuracy(), 1e-12);
    assertTrue(history.last().trainLoss() < history.epochs().get(0).trainLoss());
  }

  @Test
  @Tag("lab4")
  void mlpLearnsDigitsToNinetyFivePercentInSeconds() {
    Initializers.seed(0);
    Split split = Datasets.digits().split(0.2, 7).standardized();
    Sequential model = new Sequential(new Dense(64, 128, new ReLU()), new Dense(128, 10, new Identity()));
    long start = System.nanoTime();
    Trainer.of(model, new CrossEntropy(), Sgd.builder(model.parameters()).learningRate(0.05).momentum(0.9).build())
        .epochs(15)
        .fit(DataLoader.of(split.train(), 32).shuffled(1));
    double seconds = (System.nanoTime() - start) / 1e9;
    Evaluation test = Evaluation.of(model, new CrossEntropy(), split.test());
    assertTrue(test.accuracy() >= 0.95, "digits test accuracy " + test.accuracy() + " after " + seconds + " s");
    assertEquals(test.accuracy(), Metrics.accuracy(test.predicted(), split.test().labels()), 1e-15);
  }

  @Test
  @Tag("lab3")
  void aHugeLearningRateDivergesWithAMessageNamingIt() {
    Initializers.seed(0);
    Sequential model = new Sequential(new Dense(1, 8, new Tanh()), new Dense(8, 1));
    Optimizer sgd = Sgd.of(model.parameters(), 1e6);
    DivergenceException e = assertThrows(DivergenceException.class,
        () -> Trainer.of(model, new MSE(), sgd).epochs(50).fit(DataLoader.of(Datasets.noisySine(20, 0.1, 1), 20)));
    assertTrue(e.getMessage().matches("Training diverged at epoch \\d+, step \\d+: the loss became (NaN|Infinity)"
        + " with learning rate 1000000.0. Lower the learning rate \\(try 100000.0\\) and train again."), e.getMessage());
    assertEquals(1e6, e.learningRate());
  }

  @Test
  @Tag("lab3")
  void scheduleSetsTheLearningRateEveryEpoch() {
    Sequential model = new Sequential(new Dense(1, 1));
    Optimizer sgd = Sgd.of(model.parameters(), 0.1);
    List<Double> seen = new ArrayList<>();
    Callback spy = new Callback() {
      @Override
      public void onEpochStart(int epoch, Optimizer optimizer) {
        seen.add(optimizer.learningRate());
      }
    };
    Trainer.of(model, new MSE(), sgd)
        .epochs(4)
        .callbacks(new LearningRateScheduler(Schedules.step(0.1, 2, 0.5)), spy)
        .fit(DataLoader.of(Datasets.noisySine(10, 0.1, 1), 10));
    assertEquals(List.of(0.1, 0.1, 0.05, 0.05), seen);
  }

  @Test
  @Tag("lab5")
  void earlyStoppingEndsFitAndIsRecorded() {
    Initializers.seed(0);
    Split split = Datasets.noisySine(30, 0.3, 4).split(0.5, 1);
    Sequential model = new Sequential(new Dense(1, 64, new Tanh()), new Dense(64, 64, new Tanh()), new Dense(64, 1));
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 5, 0, true);
    History history = Trainer.of(model, new MSE(), Adam.of(model.parameters(), 0.01))
        .epochs(2000)
        .validation(split.test())
        .callbacks(stopping)
        .fit(DataLoader.of(split.train(), 15));
    assertTrue(history.stoppedEpoch() > 0 && history.stoppedEpoch() < 2000, history.toString());
    assertEquals(history.stoppedEpoch(), history.epochs().size());
    assertEquals(history.bestEpoch() + 5, history.stoppedEpoch());
    double best = history.epochs().get(history.bestEpoch() - 1).valLoss();
    assertEquals(best, Evaluation.of(model, new MSE(), split.test()).loss(), 1e-12, "best weights restored");
  }

  @Test
  void anInterruptStopsTrainingBetweenSteps() {
    Sequential model = new Sequential(new Dense(1, 1));
    Thread.currentThread().interrupt();
    try {
      java.util.concurrent.CancellationException e = assertThrows(java.util.concurrent.CancellationException.class,
          () -> Trainer.of(model, new MSE(), Sgd.of(model.parameters(), 0.01)).epochs(5)
              .fit(DataLoader.of(Datasets.noisySine(10, 0.1, 1), 5)));
      assertEquals("Training interrupted at epoch 1, step 0; the model keeps the weights of its last step",
          e.getMessage());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void consoleProgressDrawsOneLineInPlace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Sequential model = new Sequential(new Dense(1, 1));
    Trainer.of(model, new MSE(), Sgd.of(model.parameters(), 0.01))
        .epochs(3)
        .validation(Datasets.noisySine(5, 0.1, 2))
        .progress(new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .fit(DataLoader.of(Datasets.noisySine(10, 0.1, 1), 5));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.split("\n", -1).length - 1, "one line, ended once: " + text);
    String last = text.substring(text.lastIndexOf('\r') + 1).strip();
    assertTrue(last.matches("epoch 3/3 \\[=+>\\] 100% loss \\d+\\.\\d{4} val \\d+\\.\\d{4} ETA 0s"), last);
  }
}
