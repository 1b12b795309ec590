package org.leverage.solve.nplayer;

import java.util.Arrays;

/**
 * One simplex of Freudenthal's triangulation of the slab {@code P x [0, 1]}, where {@code P} is the
 * product of the players' strategy simplices in cumulative grid coordinates, and the moves of a
 * path through it.
 *
 * <p>A player with {@code n} strategies has {@code n - 1} coordinates {@code Y_h = k (x_1 + ... +
 * x_h)}, so that its simplex is {@code 0 <= Y_1 <= ... <= Y_{n-1} <= k}; the last coordinate {@code
 * z} is the layer, 0 or 1. Every face of this polytope lies in a hyperplane {@code Y_h = c}, {@code
 * Y_h = Y_{h+1}} or {@code z = c} with integer {@code c}, so Freudenthal's triangulation of the
 * integer lattice (vertices {@code x^0 = base}, {@code x^i = x^(i-1) + e_perm(i)}; Freudenthal
 * 1942, Todd 1976) triangulates it with mesh {@code 1/k} in every player's probabilities. A simplex
 * is stored as its base and permutation with its {@code D + 1} vertices in path order, {@code D}
 * being the number of coordinates.
 */
final class SimplicialSlab {

  private final ScaledPayoffs payoffs;
  private final long grid;
  private final int[] offset;
  private final int dimension;
  private final long[] base;
  private final int[] perm;
  private final long[][] vertices;

  /**
   * The simplex with layer-0 facet containing {@code start} (a profile inside the product of
   * simplices), whose remaining vertex is on layer 1.
   */
  SimplicialSlab(ScaledPayoffs payoffs, long grid, double[][] start) {
    this.payoffs = payoffs;
    this.grid = grid;
    int players = payoffs.numPlayers();
    this.offset = new int[players + 1];
    for (int p = 0; p < players; p++) {
      offset[p + 1] = offset[p] + payoffs.numStrategies(p) - 1;
    }
    int layer = offset[players];
    this.dimension = layer + 1;
    this.base = new long[dimension];
    double[] fraction = new double[dimension];
    for (int p = 0; p < players; p++) {
      double cumulative = 0;
      for (int h = 0; h < payoffs.numStrategies(p) - 1; h++) {
        cumulative += start[p][h];
        double y = Math.min(grid, Math.max(0, cumulative * grid));
        base[offset[p] + h] = (long) Math.floor(y);
        fraction[offset[p] + h] = y - Math.floor(y);
      }
    }
    fraction[layer] = -1;
    Integer[] order = new Integer[dimension];
    for (int i = 0; i < dimension; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(fraction[b], fraction[a]));
    this.perm = new int[dimension];
    for (int i = 0; i < dimension; i++) {
      perm[i] = order[i];
    }
    this.vertices = new long[dimension + 1][];
    vertices[0] = base.clone();
    for (int i = 1; i <= dimension; i++) {
      vertices[i] = vertices[i - 1].clone();
      vertices[i][perm[i - 1]]++;
    }
  }

  /** The number of coordinates, {@code D}: the simplex has {@code D + 1} vertices. */
  int dimension() {
    return dimension;
  }

  long[] vertex(int position) {
    return vertices[position];
  }

  /** Whether the vertex at {@code position} is on layer 1, where labels are the game's. */
  boolean onTopLayer(int position) {
    return vertices[position][dimension - 1] == 1;
  }

  /** The profile of a vertex's strategy coordinates. */
  double[][] profile(long[] vertex) {
    double[][] x = payoffs.newProfile();
    for (int p = 0; p < x.length; p++) {
      long previous = 0;
      for (int h = 0; h < x[p].length; h++) {
        long y = h < x[p].length - 1 ? vertex[offset[p] + h] : grid;
        x[p][h] = (double) (y - previous) / grid;
        previous = y;
      }
    }
    return x;
  }

  /**
   * Replaces the vertex at {@code position} by the other vertex of the simplex across the facet
   * opposite it, keeping the path order, and returns the new vertex's position.
   *
   * @throws IllegalStateException if the new simplex leaves the slab (the labelling rules this out)
   */
  int pivot(int position) {
    int last = dimension;
    int entering;
    if (position > 0 && position < last) {
      int t = perm[position - 1];
      perm[position - 1] = perm[position];
      perm[position] = t;
      vertices[position] = vertices[position - 1].clone();
      vertices[position][perm[position - 1]]++;
      entering = position;
    } else if (position == 0) {
      int first = perm[0];
      base[first]++;
      System.arraycopy(perm, 1, perm, 0, last - 1);
      perm[last - 1] = first;
      long[] top = vertices[last].clone();
      top[first]++;
      System.arraycopy(vertices, 1, vertices, 0, last);
      vertices[last] = top;
      entering = last;
    } else {
      int lastMove = perm[last - 1];
      base[lastMove]--;
      System.arraycopy(perm, 0, perm, 1, last - 1);
      perm[0] = lastMove;
      System.arraycopy(vertices, 0, vertices, 1, last);
      vertices[0] = base.clone();
      entering = 0;
    }
    if (!inSlab(vertices[entering])) {
      throw new IllegalStateException(
          "simplicial path left the strategy space at grid " + grid + " (numerical degeneracy)");
    }
    return entering;
  }

  private boolean inSlab(long[] v) {
    long layer = v[dimension - 1];
    if (layer < 0 || layer > 1) {
      return false;
    }
    for (int p = 0; p + 1 < offset.length; p++) {
      long previous = 0;
      for (int i = offset[p]; i < offset[p + 1]; i++) {
        if (v[i] < previous) {
          return false;
        }
        previous = v[i];
      }
      if (previous > grid) {
        return false;
      }
    }
    return true;
  }
}
