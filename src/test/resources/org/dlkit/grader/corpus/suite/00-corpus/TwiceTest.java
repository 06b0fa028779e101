import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("twice")
class TwiceTest {
  @Test
  @Points(1)
  void doublesThree() {
    assertEquals(6, Submission.twice(3), "twice(3)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void doublesMinusFour() {
    assertEquals(-8, Submission.twice(-4), "twice(-4)");
  }
}
