package org.dlkit.bench;

import java.util.Optional;

/** A contender that is missing from this machine, kept so the report can say why it has no rows. */
final class Unavailable implements Contender {
  private final String name;
  private final String reason;

  private Unavailable(String name, String reason) {
    this.name = name;
    this.reason = reason;
  }

  /** Returns a contender named {@code name} that cannot run, for {@code reason}. */
  static Contender of(String name, String reason) {
    return new Unavailable(name, reason);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return name;
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.of(reason);
  }

  @Override
  public boolean supports(Precision precision) {
    return false;
  }

  @Override
  public String prepare(Workload workload, Precision precision, int examples, int hidden) {
    throw new IllegalStateException(name + " is unavailable: " + reason);
  }

  @Override
  public double steps(Workload workload, Precision precision, int count) {
    throw new IllegalStateException(name + " is unavailable: " + reason);
  }

  @Override
  public double epoch(Workload workload, Precision precision) {
    throw new IllegalStateException(name + " is unavailable: " + reason);
  }

  @Override
  public void close() {}
}
