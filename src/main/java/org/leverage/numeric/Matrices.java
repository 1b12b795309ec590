package org.leverage.numeric;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * Small helpers on dense rectangular matrices stored as arrays of rows: each returns a fresh array
 * and leaves its argument untouched. Every row must have the length of the first; a matrix without
 * rows is not accepted (its width would be unknown). Cost: one pass over the entries.
 */
public final class Matrices {

  private Matrices() {}

  /** The transpose of {@code a}. */
  public static BigFraction[][] transpose(BigFraction[][] a) {
    BigFraction[][] t = new BigFraction[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /** The transpose of {@code a}. */
  public static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  /** {@code -a}. */
  public static BigFraction[][] negate(BigFraction[][] a) {
    BigFraction[][] t = new BigFraction[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[i][j] = a[i][j].negate();
      }
    }
    return t;
  }

  /** {@code a} rounded entry by entry to the nearest {@code double}. */
  public static double[][] toDouble(BigFraction[][] a) {
    double[][] d = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        d[i][j] = a[i][j].doubleValue();
      }
    }
    return d;
  }
}
