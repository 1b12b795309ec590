package org.leverage.analysis.sensitivity;

import java.util.Arrays;
import java.util.Optional;

/** How {@link Sampling} spreads its points over the unit hypercube. */
public enum SamplingMethod {
  /** Independent uniform draws: plain Monte Carlo. */
  PLAIN("plain"),
  /**
   * Latin hypercube sampling (M. McKay, R. Beckman, W. Conover, Technometrics 21 (1979)): each
   * coordinate's (0, 1) cut into N equal strata, one uniform draw in each, the strata permuted
   * independently per coordinate.
   */
  LATIN_HYPERCUBE("latin-hypercube");

  private final String token;

  SamplingMethod(String token) {
    this.token = token;
  }

  /** The name on the command line and in evaluation files, e.g. {@code latin-hypercube}. */
  public String token() {
    return token;
  }

  /** The method named {@code token}, or empty. */
  public static Optional<SamplingMethod> byToken(String token) {
    return Arrays.stream(values()).filter(m -> m.token.equals(token)).findFirst();
  }
}
