package org.leverage.game;

import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.Matrices;

/**
 * The payoff matrices of a two-player game: {@code a[i][j]} to the row player and {@code b[i][j]}
 * to the column player when row {@code i} meets column {@code j}.
 */
public final class Bimatrix {

  private final BigFraction[][] a;
  private final BigFraction[][] b;

  Bimatrix(BigFraction[][] a, BigFraction[][] b) {
    this.a = a;
    this.b = b;
  }

  public int rows() {
    return a.length;
  }

  public int columns() {
    return a[0].length;
  }

  public BigFraction a(int i, int j) {
    return a[i][j];
  }

  public BigFraction b(int i, int j) {
    return b[i][j];
  }

  /** A fresh copy of the row player's payoffs as doubles. */
  public double[][] aAsDouble() {
    return Matrices.toDouble(a);
  }

  /** A fresh copy of the column player's payoffs as doubles. */
  public double[][] bAsDouble() {
    return Matrices.toDouble(b);
  }
}
