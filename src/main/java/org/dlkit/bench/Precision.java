package org.dlkit.bench;

/** The floating-point width a contender trains in; dlkit computes in f64 only. */
public enum Precision {
  F64,
  F32;

  /** Returns the protocol's and the report's name: {@code f64} or {@code f32}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
