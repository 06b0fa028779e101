package org.dlkit.bench;

/**
 * A goal for dlkit on one measure, as a bound on the ratio of dlkit's median to a peer's median in the
 * same run: at most {@code bound} for times, at least {@code bound} for throughput.
 *
 * @param measure the measure, as in {@link Measurement#measure()}
 * @param system the peer dlkit is compared with
 * @param precision the peer's precision, or empty
 */
public record Target(String measure, String system, String precision, double bound) {
  /** Returns true when this target is about the given peer row. */
  boolean concerns(Measurement row) {
    return row.measure().equals(measure) && row.system().equals(system) && row.precision().equals(precision);
  }

  /** Returns true when {@code ratio} (dlkit over the peer) meets the target for a row of this unit. */
  boolean met(double ratio, boolean higherIsBetter) {
    return higherIsBetter ? ratio >= bound : ratio <= bound;
  }

  /** Returns the target as the report prints it, e.g. {@code ≤ 0.25×} or {@code ≥ 0.60×}. */
  String label(boolean higherIsBetter) {
    return String.format(java.util.Locale.ROOT, "%s %.2f×", higherIsBetter ? "≥" : "≤", bound);
  }
}
