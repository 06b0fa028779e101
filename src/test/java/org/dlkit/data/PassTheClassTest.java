package org.dlkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lecture's "will I pass this class?" set: the student at (4, 5) must be a clear pass. */
class PassTheClassTest {
  private final Dataset students = Datasets.passTheClass(200, 42);

  @Test
  void namesFeaturesAndClassesLikeTheLecture() {
    assertEquals(List.of("lectures attended", "hours on final project"), students.featureNames());
    assertEquals(List.of("fail", "pass"), students.classNames());
    assertArrayEquals(new int[] {100, 100}, students.classCounts());
  }

  @Test
  void featuresStayInZeroToTwelve() {
    assertTrue(students.features().min() >= 0);
    assertTrue(students.features().max() <= 12);
  }

  @Test
  void theRulePutsTheLectureStudentFarOnThePassSide() {
    assertTrue(Datasets.passProbability(4, 5) > 0.99, "P(pass | 4, 5) = " + Datasets.passProbability(4, 5));
    assertTrue(Datasets.passProbability(1, 2) < 0.01);
  }

  @Test
  void labelsMostlyAgreeWithTheRule() {
    double[][] x = students.features().toArray2d();
    int[] y = students.labels();
    int agree = 0;
    for (int i = 0; i < x.length; i++) {
      agree += (Datasets.passProbability(x[i][0], x[i][1]) > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
    }
    assertTrue(agree >= 0.9 * x.length, agree + " of " + x.length + " labels agree with the rule");
  }

  @Test
  void aLogisticRegressionTrainedOnTheDataPassesTheLectureStudent() {
    double[][] x = students.features().toArray2d();
    int[] y = students.labels();
    double[] w = new double[3]; // lectures, hours, bias
    for (int step = 0; step < 5000; step++) {
      double[] grad = new double[3];
      for (int i = 0; i < x.length; i++) {
        double p = sigmoid(w[0] * x[i][0] + w[1] * x[i][1] + w[2]);
        grad[0] += (p - y[i]) * x[i][0] / x.length;
        grad[1] += (p - y[i]) * x[i][1] / x.length;
        grad[2] += (p - y[i]) / x.length;
      }
      for (int j = 0; j < 3; j++) {
        w[j] -= 0.1 * grad[j];
      }
    }
    double p = sigmoid(4 * w[0] + 5 * w[1] + w[2]);
    assertTrue(p > 0.9, "trained model gives P(pass | 4, 5) = " + p);
    int correct = 0;
    for (int i = 0; i < x.length; i++) {
      correct += (sigmoid(w[0] * x[i][0] + w[1] * x[i][1] + w[2]) > 0.5 ? 1 : 0) == y[i] ? 1 : 0;
    }
    assertTrue(correct >= 0.9 * x.length, "training accuracy " + correct + "/" + x.length);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
