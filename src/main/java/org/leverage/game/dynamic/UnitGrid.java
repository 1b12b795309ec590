package org.leverage.game.dynamic;

import java.util.OptionalInt;

/**
 * An equally spaced grid of {@code size} points {@code x_i = i / (size - 1)} on [0, 1], and the
 * linear and bilinear interpolation weights that spread a point off the grid over the grid points
 * around it.
 *
 * <p>The cell of {@code x} is {@code i = min(floor(x (size-1)), size-2)}, so that {@code x = 1}
 * falls in the last cell; the weight of the upper point {@code x_{i+1}} is {@code w = x (size-1) -
 * i} and that of {@code x_i} is {@code 1 - w}. This is exactly the rule of reference model v1
 * ({@code MODEL.md}, section "Solution"). Entries whose weight is exactly zero are left out: that
 * changes no sum, since adding {@code 0.0 * v} to a finite sum leaves it unchanged in floating
 * point.
 */
public final class UnitGrid {

  private final int size;

  /**
   * @param size the number of points, at least 2
   */
  public UnitGrid(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("grid size must be at least 2 but was " + size);
    }
    this.size = size;
  }

  public int size() {
    return size;
  }

  /**
   * The {@code i}-th point, {@code i / (size - 1)} rounded once; a decimal such as {@code 0.07}
   * parsed from text equals {@code point(7)} of a 101-point grid exactly, because both are the
   * double nearest to the same rational.
   */
  public double point(int i) {
    if (i < 0 || i >= size) {
      throw new IllegalArgumentException(
          "grid index must be in [0, " + (size - 1) + "] but was " + i);
    }
    return (double) i / (size - 1);
  }

  /** The index of the grid point equal to {@code x} (exact comparison), or empty. */
  public OptionalInt indexOf(double x) {
    if (!(x >= 0 && x <= 1)) {
      return OptionalInt.empty();
    }
    int i = (int) Math.round(x * (size - 1));
    return point(i) == x ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /** The cell {@code min(floor(x (size-1)), size-2)} of {@code x} in [0, 1]. */
  public int cell(double x) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("grid coordinate must be in [0, 1] but was " + x);
    }
    return Math.min((int) Math.floor(x * (size - 1)), size - 2);
  }

  /** The weight {@code x (size-1) - cell} of the upper point of {@code x}'s cell. */
  public double upperWeight(double x, int cell) {
    return x * (size - 1) - cell;
  }

  /**
   * Writes the grid points around {@code x} and their linear weights at {@code indices[offset..]}
   * and {@code weights[offset..]}, leaving out zero weights.
   *
   * @return the number of entries written, 1 or 2
   */
  public int linear(double x, int[] indices, double[] weights, int offset) {
    int i = cell(x);
    double w = upperWeight(x, i);
    int n = offset;
    n = put(indices, weights, n, i, 1 - w);
    n = put(indices, weights, n, i + 1, w);
    return n - offset;
  }

  /**
   * Writes the up to four grid points of the product grid {@code gx x gy} around {@code (x, y)} and
   * their bilinear weights {@code (1-wx)(1-wy), (1-wx)wy, wx(1-wy), wx wy}, leaving out zero
   * weights. The point {@code (i, j)} has flat index {@code i * gy.size() + j}.
   *
   * @return the number of entries written, 1 to 4
   */
  public static int bilinear(
      UnitGrid gx, double x, UnitGrid gy, double y, int[] indices, double[] weights, int offset) {
    int i = gx.cell(x);
    int j = gy.cell(y);
    double wx = gx.upperWeight(x, i);
    double wy = gy.upperWeight(y, j);
    int ny = gy.size;
    int n = offset;
    n = put(indices, weights, n, i * ny + j, (1 - wx) * (1 - wy));
    n = put(indices, weights, n, i * ny + j + 1, (1 - wx) * wy);
    n = put(indices, weights, n, (i + 1) * ny + j, wx * (1 - wy));
    n = put(indices, weights, n, (i + 1) * ny + j + 1, wx * wy);
    return n - offset;
  }

  private static int put(int[] indices, double[] weights, int n, int index, double weight) {
    if (weight == 0) {
      return n;
    }
    indices[n] = index;
    weights[n] = weight;
    return n + 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitGrid g && g.size == size;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(size);
  }

  @Override
  public String toString() {
    return "UnitGrid[" + size + "]";
  }
}
