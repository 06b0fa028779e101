package org.dlkit.dl4j;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/** Names the floating-point precision a workload trains in, as the peer protocol spells it: f64 or f32. */
public enum Precision {
  /** 64-bit floats, DL4J's {@link DataType#DOUBLE}. */
  F64("f64", DataType.DOUBLE),
  /** 32-bit floats, DL4J's {@link DataType#FLOAT}. */
  F32("f32", DataType.FLOAT);

  private final String protocolName;
  private final DataType dataType;

  Precision(String protocolName, DataType dataType) {
    this.protocolName = protocolName;
    this.dataType = dataType;
  }

  /** Returns the precision the protocol calls {@code name} ("f64" or "f32"). */
  public static Precision named(String name) {
    for (Precision precision : values()) {
      if (precision.protocolName.equals(name)) {
        return precision;
      }
    }
    throw new IllegalArgumentException("unknown precision \"" + name + "\"; expected one of " + String.join(", ", names()));
  }

  /** Returns the protocol names of every precision, f64 first. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Precision::protocolName).toList();
  }

  /** Returns the name the protocol uses, e.g. "f64". */
  public String protocolName() {
    return protocolName;
  }

  /** Returns the ND4J data type of this precision. */
  public DataType dataType() {
    return dataType;
  }
}
