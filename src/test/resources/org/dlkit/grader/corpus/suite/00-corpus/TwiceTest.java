import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("twice")
class TwiceTest {
  /** The inputs the tests read: a submission that could write them would pass by changing the question. */
  static final int[] INPUTS = {3, -4};

  @Test
  @Points(1)
  void doublesThree() {
    assertEquals(2 * INPUTS[0], Submission.twice(INPUTS[0]), "twice(" + INPUTS[0] + ")");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void doublesMinusFour() {
    assertEquals(2 * INPUTS[1], Submission.twice(INPUTS[1]), "twice(" + INPUTS[1] + ")");
  }
}
