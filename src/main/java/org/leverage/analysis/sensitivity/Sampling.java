package org.leverage.analysis.sensitivity;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * {@code size} seeded points in the open unit hypercube {@code (0, 1)^dimensions}, to be mapped
 * through quantile functions: plain Monte Carlo (every coordinate an independent uniform draw) or a
 * Latin hypercube (McKay, Beckman and Conover 1979: coordinate {@code j} of point {@code i} is
 * {@code (pi_j(i) + u) / size}, with {@code pi_j} a uniformly random permutation of the strata
 * {@code 0 .. size - 1} and {@code u} uniform in (0, 1), so that every stratum of every coordinate
 * holds exactly one point).
 *
 * <p>Reproducible by construction: point {@code i} is a pure function of {@code (method, size,
 * dimensions, seed, i)}. Its uniforms come from a {@link SplittableRandom} seeded with a hash of
 * {@code (seed, i)}; the Latin hypercube's permutations come from one sequential pass
 * (Fisher-Yates) of a generator seeded with the hash of {@code (seed, -1)}, done in the
 * constructor. So any subset of points, in any order and on any thread, comes out the same.
 * Immutable and thread-safe; the Latin hypercube keeps {@code dimensions * size} ints.
 */
public final class Sampling {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final SamplingMethod method;
  private final int size;
  private final int dimensions;
  private final long seed;
  private final int[][] strata;

  /**
   * @param size number of points, at least 1
   * @param dimensions coordinates per point, at least 1
   */
  public Sampling(SamplingMethod method, int size, int dimensions, long seed) {
    Objects.requireNonNull(method, "method");
    if (size < 1) {
      throw new IllegalArgumentException("sample size must be at least 1 but was " + size);
    }
    if (dimensions < 1) {
      throw new IllegalArgumentException("dimensions must be at least 1 but was " + dimensions);
    }
    this.method = method;
    this.size = size;
    this.dimensions = dimensions;
    this.seed = seed;
    this.strata = method == SamplingMethod.LATIN_HYPERCUBE ? permutations() : null;
  }

  public SamplingMethod method() {
    return method;
  }

  public int size() {
    return size;
  }

  public int dimensions() {
    return dimensions;
  }

  public long seed() {
    return seed;
  }

  /** Point {@code i} in {@code [0, size)}: {@code dimensions} coordinates, each in (0, 1). */
  public double[] point(int i) {
    Objects.checkIndex(i, size);
    SplittableRandom random = new SplittableRandom(streamSeed(i));
    double[] p = new double[dimensions];
    for (int j = 0; j < dimensions; j++) {
      double u = openUnit(random.nextLong());
      p[j] = strata == null ? u : inStratum(strata[j][i], u);
    }
    return p;
  }

  /**
   * {@code (stratum + u) / size}, kept below the stratum's upper edge where {@code stratum + u}
   * rounds up to it; strictly inside (0, 1) because {@code u > 0} and the largest double below
   * {@code size}, divided by {@code size}, rounds below 1.
   */
  private double inStratum(int stratum, double u) {
    double x = stratum + u;
    if (x >= stratum + 1.0) {
      x = Math.nextDown(stratum + 1.0);
    }
    return x / size;
  }

  private int[][] permutations() {
    SplittableRandom random = new SplittableRandom(streamSeed(-1));
    int[][] perms = new int[dimensions][size];
    for (int[] perm : perms) {
      for (int i = 0; i < size; i++) {
        perm[i] = i;
      }
      for (int i = size - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
    }
    return perms;
  }

  /**
   * The seed of stream {@code i}: the 64-bit finaliser of MurmurHash3 applied to {@code seed + (i +
   * 2) * golden gamma}, so that the streams of different indices start at unrelated states.
   */
  private long streamSeed(long i) {
    long z = seed + (i + 2) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  /**
   * The midpoint of one of 2^52 equal cells of (0, 1), exact in a double (52 bits plus a half fit
   * in the 53-bit significand): never 0 or 1.
   */
  private static double openUnit(long bits) {
    return ((bits >>> 12) + 0.5) * 0x1.0p-52;
  }
}
