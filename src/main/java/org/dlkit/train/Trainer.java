package org.dlkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nn.Loss;
import org.dlkit.nn.Module;
import org.dlkit.optim.Optimizer;

/**
 * Trains a model by mini-batch gradient descent: for every batch, forward, loss, backward and one
 * optimizer step; after every epoch, the averages go into a {@link History} and the callbacks may
 * stop training.
 *
 * <pre>{@code
 * History history = Trainer.of(model, new CrossEntropy(), Sgd.of(model.parameters(), 0.1))
 *     .epochs(30)
 *     .validation(test)
 *     .callbacks(new EarlyStopping(Monitor.VAL_LOSS, 5, 0, true))
 *     .fit(DataLoader.of(train, 32).shuffled(42));
 * }</pre>
 */
public final class Trainer {
  private final Module model;
  private final Loss loss;
  private final Optimizer optimizer;
  private int epochs = 10;
  private Dataset validation;
  private final List<Callback> callbacks = new ArrayList<>();
  private Progress progress = Progress.silent();

  private Trainer(Module model, Loss loss, Optimizer optimizer) {
    this.model = model;
    this.loss = loss;
    this.optimizer = optimizer;
  }

  /** Starts a training setup for {@code model}, minimizing {@code loss} with {@code optimizer}. */
  public static Trainer of(Module model, Loss loss, Optimizer optimizer) {
    return new Trainer(model, loss, optimizer);
  }

  /** Sets the number of epochs (10 by default). Returns this trainer. */
  public Trainer epochs(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("Trainer: epochs must be at least 1, got " + count);
    }
    this.epochs = count;
    return this;
  }

  /** Measures loss and accuracy on {@code data} after every epoch. Returns this trainer. */
  public Trainer validation(Dataset data) {
    this.validation = data;
    return this;
  }

  /** Adds callbacks, run in the order given. Returns this trainer. */
  public Trainer callbacks(Callback... added) {
    callbacks.addAll(List.of(added));
    return this;
  }

  /** Reports progress to {@code progress} (silent by default). Returns this trainer. */
  public Trainer progress(Progress progress) {
    this.progress = progress;
    return this;
  }

  /**
   * Trains for the set number of epochs, or until a callback stops it, and returns what it measured.
   *
   * @throws DivergenceException as soon as a batch's loss is NaN or infinite
   * @throws CancellationException when the thread is interrupted (the notebook's Interrupt button)
   */
  public History fit(DataLoader loader) {
    History history = new History();
    model.train();
    progress.start(epochs, loader.batchesPerEpoch());
    int step = 0;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      for (Callback callback : callbacks) {
        callback.onEpochStart(epoch, optimizer);
      }
      long started = System.nanoTime();
      Totals totals = new Totals();
      int batchNumber = 0;
      for (Batch batch : loader) {
        if (Thread.currentThread().isInterrupted()) {
          // The notebook's Interrupt button interrupts the cell thread; stop between steps.
          throw new CancellationException(String.format("Training interrupted at epoch %d, step %d; the model"
              + " keeps the weights of its last step", epoch, step));
        }
        step++;
        batchNumber++;
        double value = trainStep(batch, totals, epoch, step);
        progress.step(epoch, batchNumber, value);
      }
      Evaluation val = validation == null ? null : Evaluation.of(model, loss, validation);
      History.Epoch measured = new History.Epoch(epoch, totals.loss(), val == null ? Double.NaN : val.loss(),
          totals.accuracy(), val == null ? Double.NaN : val.accuracy(), (System.nanoTime() - started) / 1e9);
      history.add(measured);
      progress.epochEnd(measured);
      if (stopRequested(measured, history)) {
        break;
      }
    }
    for (Callback callback : callbacks) {
      callback.onTrainEnd(model, history);
    }
    progress.end(history);
    return history;
  }

  private double trainStep(Batch batch, Totals totals, int epoch, int step) {
    optimizer.zeroGrad();
    Tensor output = model.forward(Tensor.of(batch.features()));
    Tensor objective = loss.compute(output, batch.targets());
    double value = objective.item();
    if (!Double.isFinite(value)) {
      throw new DivergenceException(epoch, step, value, optimizer.learningRate());
    }
    objective.backward();
    optimizer.step();
    totals.add(value, batch, loss.predictedClasses(output.data()));
    return value;
  }

  private boolean stopRequested(History.Epoch measured, History history) {
    boolean stop = false;
    for (Callback callback : callbacks) {
      stop |= callback.onEpochEnd(measured, model, history);
    }
    return stop;
  }

  /** Running sums over one epoch: loss weighted by batch size, and correct predictions. */
  private static final class Totals {
    private double lossSum;
    private int examples;
    private int correct;
    private boolean classified = true;

    void add(double loss, Batch batch, int[] predicted) {
      lossSum += loss * batch.size();
      examples += batch.size();
      if (predicted == null) {
        classified = false;
        return;
      }
      double[] targets = batch.targets().toArray();
      for (int i = 0; i < predicted.length; i++) {
        correct += predicted[i] == targets[i] ? 1 : 0;
      }
    }

    double loss() {
      return lossSum / examples;
    }

    double accuracy() {
      return classified ? (double) correct / examples : Double.NaN;
    }
  }
}
