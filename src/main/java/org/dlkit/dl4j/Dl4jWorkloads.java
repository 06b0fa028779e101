package org.dlkit.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.nd.NdArray;
import org.dlkit.train.Batch;
import org.dlkit.train.DataLoader;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Builds the benchmark workloads as DL4J {@link MultiLayerNetwork}s with their batches, the same
 * networks dlkit and the PyTorch peer train. Weights are Xavier-initialized from seed 42, so building
 * a workload twice gives the same start.
 *
 * <ul>
 *   <li>W1: 200 moons points (noise 0.1), MLP 2-16-16-1 tanh/tanh/sigmoid, binary cross-entropy, SGD lr 0.5,
 *       one full batch.
 *   <li>W2: the 4 XOR points, MLP 2-3-1 sigmoid/sigmoid, mean squared error, SGD lr 0.5, one full batch.
 *   <li>W3: Fashion-MNIST training images (pixels in 0..1), MLP 784-hidden-10 ReLU/softmax, cross-entropy,
 *       SGD lr 0.01, batches of 64 from one seeded shuffle (the last batch may be smaller).
 *   <li>W4: W3 with dropout 0.5 on the hidden activations and Adam lr 1e-3.
 * </ul>
 */
public final class Dl4jWorkloads {
  /** The workload names, in order. */
  public static final List<String> NAMES = List.of("W1", "W2", "W3", "W4");
  /** The data source W3 and W4 report when Fashion-MNIST is missing and they train on random images. */
  public static final String RANDOM_DATA = "random data (Fashion-MNIST is not installed)";

  private static final long SEED = 42;
  private static final int BATCH = 64;
  private static final int PIXELS = 784;
  private static final int CLASSES = 10;

  private Dl4jWorkloads() {}

  /**
   * Builds workload {@code name} in {@code precision}; {@code examples} and {@code hidden} size W3 and W4
   * (the number of images and of hidden units) and are ignored by W1 and W2.
   */
  public static Dl4jWorkload build(String name, Precision precision, int examples, int hidden) {
    if (examples < 1 || hidden < 1) {
      throw new IllegalArgumentException(String.format("%s: examples and hidden must be at least 1, got %d and %d",
          name, examples, hidden));
    }
    Nd4j.setDefaultDataTypes(precision.dataType(), precision.dataType());
    return switch (name) {
      case "W1" -> moons(precision);
      case "W2" -> xor(precision);
      case "W3" -> images("W3", precision, examples, hidden, false);
      case "W4" -> images("W4", precision, examples, hidden, true);
      default -> throw new IllegalArgumentException(
          "unknown workload \"" + name + "\"; expected one of " + String.join(", ", NAMES));
    };
  }

  /** W1: the moons MLP, full batch. */
  private static Dl4jWorkload moons(Precision precision) {
    Dataset moons = Datasets.moons(200, 0.1, 1);
    MultiLayerConfiguration configuration = layers(precision, new Sgd(0.5))
        .layer(dense(2, 16, Activation.TANH))
        .layer(dense(16, 16, Activation.TANH))
        .layer(new OutputLayer.Builder(LossFunction.XENT).nIn(16).nOut(1).activation(Activation.SIGMOID).build())
        .build();
    DataType type = precision.dataType();
    DataSet batch = new DataSet(Dl4jArrays.of(moons.features(), type), Dl4jArrays.column(moons.targets(), type));
    return Dl4jWorkload.of("W1", precision, "moons", network(configuration), List.of(batch));
  }

  /** W2: the XOR MLP, full batch. */
  private static Dl4jWorkload xor(Precision precision) {
    NdArray features = NdArray.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    NdArray targets = NdArray.of(0, 1, 1, 0);
    MultiLayerConfiguration configuration = layers(precision, new Sgd(0.5))
        .layer(dense(2, 3, Activation.SIGMOID))
        .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(3).nOut(1).activation(Activation.SIGMOID).build())
        .build();
    DataType type = precision.dataType();
    DataSet batch = new DataSet(Dl4jArrays.of(features, type), Dl4jArrays.column(targets, type));
    return Dl4jWorkload.of("W2", precision, "xor", network(configuration), List.of(batch));
  }

  /**
   * W3, or W4 when {@code regularized}: the image MLP on batches of 64. DL4J applies a layer's dropout to
   * that layer's input, so W4's dropout sits on the output layer, where it drops the hidden activations;
   * {@code dropOut} takes the probability of keeping a unit.
   */
  private static Dl4jWorkload images(String name, Precision precision, int examples, int hidden, boolean regularized) {
    Images images = images(examples);
    OutputLayer.Builder output = new OutputLayer.Builder(LossFunction.MCXENT).nIn(hidden).nOut(CLASSES)
        .activation(Activation.SOFTMAX);
    if (regularized) {
      output.dropOut(0.5);
    }
    MultiLayerConfiguration configuration = layers(precision, regularized ? new Adam(1e-3) : new Sgd(0.01))
        .layer(dense(PIXELS, hidden, Activation.RELU))
        .layer(output.build())
        .build();
    return Dl4jWorkload.of(name, precision, images.source, network(configuration),
        batches(images.data, precision.dataType()));
  }

  /** Cuts the examples into batches of 64 with dlkit's loader, in the order of one shuffle seeded with 42. */
  private static List<DataSet> batches(Dataset data, DataType type) {
    int[] labels = data.labels();
    List<DataSet> batches = new ArrayList<>();
    for (Batch batch : DataLoader.of(data, BATCH).shuffled(SEED).batches(0)) {
      batches.add(new DataSet(Dl4jArrays.of(batch.features(), type),
          Dl4jArrays.oneHot(labels, batch.indices(), CLASSES, type)));
    }
    return batches;
  }

  /** Returns the first {@code examples} Fashion-MNIST training images, or seeded random images when it is missing. */
  private static Images images(int examples) {
    try {
      return new Images(Datasets.fashionMnist(true, examples), "Fashion-MNIST");
    } catch (RuntimeException missing) {
      Random random = new Random(SEED);
      NdArray pixels = NdArray.rand(random, examples, PIXELS);
      int[] labels = random.ints(examples, 0, CLASSES).toArray();
      List<String> classes = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
      return new Images(Dataset.classification("random images", pixels, labels, Dataset.defaultFeatureNames(PIXELS),
          classes), RANDOM_DATA);
    }
  }

  private record Images(Dataset data, String source) {}

  private static NeuralNetConfiguration.ListBuilder layers(Precision precision, IUpdater updater) {
    return new NeuralNetConfiguration.Builder()
        .seed(SEED)
        .dataType(precision.dataType())
        .weightInit(WeightInit.XAVIER)
        .updater(updater)
        .list();
  }

  private static DenseLayer dense(int in, int out, Activation activation) {
    return new DenseLayer.Builder().nIn(in).nOut(out).activation(activation).build();
  }

  private static MultiLayerNetwork network(MultiLayerConfiguration configuration) {
    MultiLayerNetwork network = new MultiLayerNetwork(configuration);
    network.init();
    return network;
  }
}
