package org.leverage.solve.nplayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.IterationLimitException;
import org.leverage.solve.Watch;

/**
 * Nash equilibria of a strategic game of any number of players by the global Newton method of S.
 * Govindan and R. Wilson, "A global Newton method to compute Nash equilibria", J. Economic Theory
 * 110 (2003), as Gambit's {@code gambit-gnm}.
 *
 * <p>Algorithm. The game's payoffs (scaled to [0, 1]) are perturbed by a bonus {@code lambda b} on
 * every pure strategy, {@code b} a generic ray drawn from the seed. For {@code lambda} large the
 * perturbed game has a unique equilibrium, every player's strategy with the largest bonus; by
 * Kohlberg and Mertens's structure theorem the equilibria of the games on the line {@code lambda}
 * in R form, for generic {@code b}, a one-dimensional manifold, and the component through that
 * start runs to {@code lambda = -infinity} ({@link GlobalNewtonPath} gives its equations). The path
 * is followed by predictor-corrector continuation: a step along the tangent (oriented by the sign
 * of the Jacobian's cofactors, so the path turns back in {@code lambda} where the index of the
 * equilibria changes, as Govindan and Wilson's), shortened to land just past the next change of
 * support, then Newton corrections in the hyperplane normal to the tangent; a step that fails to
 * converge, or turns too sharply inside one support region, is halved, and one that converges
 * quickly doubles the next. Every crossing of {@code lambda = 0} is an equilibrium of the game: it
 * is located by Newton's method at {@code lambda = 0}, polished on its support by {@link
 * SupportNewton}, and kept if its regret is below the tolerance. The walk ends once {@code lambda}
 * is so negative that the perturbed game again has a unique equilibrium.
 *
 * <p>Behaviour. The equilibria found are those on one path, in general not all (each has index +1
 * or -1 alternately along the path); another seed may find others. Deterministic for a seed.
 * Degenerate games may put the path through singular points, where it is continued after a shorter
 * step; a path that cannot be continued, or needs more than {@code maxSteps} steps, is reported as
 * a limit. Each step costs a few evaluations of the payoffs and their derivatives ({@code O(cells x
 * players^2)}) and dense solves of order {@code M + 1}, {@code M} the total number of strategies.
 */
public final class GlobalNewtonSolver implements ApproximateSolver {

  /** The method's command-line name. */
  public static final String METHOD = "gnm";

  private static final int MAX_CORRECTIONS = 8;
  private static final double CONVERGED = 1e-11;
  private static final double MIN_STEP = 1e-12;
  private static final double INITIAL_STEP = 0.05;

  /** The least cosine between successive tangents inside one support region. */
  private static final double SMOOTH_TURN = 0.7;

  /** Two equilibria closer than this (largest probability difference) are one. */
  private static final double SAME_EQUILIBRIUM = 1e-7;

  /** |lambda| below which a stalled path is taken to be in a continuum of equilibria. */
  private static final double STALL_LAMBDA = 1e-9;

  /** Consecutive tiny steps near lambda = 0 that count as a stalled path. */
  private static final int STALL_STEPS = 50;

  /**
   * A support change nearer than this along the tangent is not aimed at: the point is already at
   * it, and the step crosses it, to be corrected on the far side.
   */
  private static final double KINK = 1e-7;

  /** A step across lambda = 0 shorter than this may keep its nearer end as the crossing. */
  private static final double LOCATE_STEP = 1e-9;

  private final Options options;

  public GlobalNewtonSolver() {
    this(Options.DEFAULTS);
  }

  public GlobalNewtonSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The ray and the limits of the walk.
   *
   * @param seed the seed of the perturbation ray
   * @param maxSteps the most predictor-corrector steps
   * @param tolerance the regret (in the game's payoffs) below which a profile is accepted
   */
  public record Options(long seed, int maxSteps, double tolerance) {

    public static final Options DEFAULTS = new Options(1, 10_000, 1e-8);

    public Options {
      if (maxSteps < 1) {
        throw new IllegalArgumentException("max steps must be >= 1 but was " + maxSteps);
      }
      if (!(tolerance > 0)) {
        throw new IllegalArgumentException("tolerance must be positive but was " + tolerance);
      }
    }
  }

  @Override
  public double tolerance(NormalFormGame game) {
    return options.tolerance();
  }

  /**
   * {@inheritDoc} Tells {@code watch} of each equilibrium the path crosses, and stops between steps
   * when it says so.
   *
   * @throws IterationLimitException if the walk takes more than {@code maxSteps} steps ({@code
   *     --max-steps}) or cannot be continued (try another {@code --seed})
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    ScaledPayoffs payoffs = new ScaledPayoffs(game);
    GlobalNewtonPath path = new GlobalNewtonPath(payoffs, ray(payoffs));
    int m = path.size();
    double lambdaStart = uniqueBeyond(payoffs, path.ray(), true);
    double lambdaEnd = -uniqueBeyond(payoffs, path.ray(), false);
    double[][] first = payoffs.newProfile();
    double[] ray = path.ray();
    for (int p = 0, i = 0; p < first.length; i += first[p].length, p++) {
      int best = 0;
      for (int s = 1; s < first[p].length; s++) {
        best = ray[i + s] > ray[i + best] ? s : best;
      }
      first[p][best] = 1;
    }
    double[] point = path.pointOf(first, lambdaStart);
    double[] down = new double[m + 1];
    down[m] = -1;
    double[] tangent = path.tangent(point, down, 1);
    int orientation = tangent[m] < 0 ? 1 : -1;
    tangent = path.tangent(point, down, orientation);
    List<Equilibrium> found = new ArrayList<>();
    double step = INITIAL_STEP;
    long steps = 0;
    long crossings = 0;
    long stalled = 0;
    int tinySteps = 0;
    while (point[m] > lambdaEnd) {
      if (Math.abs(point[m]) < STALL_LAMBDA && tinySteps > STALL_STEPS) {
        // In a continuum of equilibria of the game itself (lambda = 0) the path is singular and
        // cannot be continued; the point reached is one of those equilibria.
        stalled = 1;
        SupportNewton.refine(payoffs, path.strategies(point), 1e-10, options.tolerance())
            .filter(e -> found.stream().noneMatch(f -> same(f, e)))
            .ifPresent(
                e -> {
                  found.add(e);
                  watch.foundApproximately(e);
                });
        break;
      }
      watch.checkpoint();
      if (++steps > options.maxSteps()) {
        throw new IterationLimitException(
            METHOD
                + " followed the path for "
                + options.maxSteps()
                + " steps (--max-steps "
                + options.maxSteps()
                + ") and reached lambda = "
                + String.format(java.util.Locale.ROOT, "%.4g", point[m])
                + " of "
                + String.format(java.util.Locale.ROOT, "%.4g", lambdaEnd),
            "raise --max-steps or try another --seed");
      }
      double[] next = null;
      double[] nextTangent = null;
      Optional<double[]> zero = Optional.empty();
      while (next == null) {
        if (step < MIN_STEP && Math.abs(point[m]) < STALL_LAMBDA) {
          tinySteps = STALL_STEPS + 1;
          break;
        }
        if (step < MIN_STEP) {
          throw new IterationLimitException(
              METHOD
                  + " could not continue the path at lambda = "
                  + String.format(java.util.Locale.ROOT, "%.4g", point[m])
                  + " (a singular point)",
              "try another --seed");
        }
        double kink = path.distanceToSupportChange(point, tangent);
        double reach = kink < KINK ? step : Math.min(step, kink * 1.001 + 1e-9);
        double[] predicted = new double[m + 1];
        for (int i = 0; i <= m; i++) {
          predicted[i] = point[i] + reach * tangent[i];
        }
        Optional<double[]> corrected = correct(path, predicted, tangent);
        if (corrected.isPresent()) {
          double[] candidate = corrected.get();
          double[] t = path.tangent(candidate, tangent, orientation);
          boolean sameRegion = sameSupport(path, point, candidate);
          boolean crossing = crossesZero(point, candidate);
          zero = crossing ? atZero(path, point, candidate) : Optional.empty();
          if (t != null
              && distance(candidate, point) < 2 * reach + 1e-9
              && (!sameRegion || dot(t, tangent) > SMOOTH_TURN)
              && (!crossing || zero.isPresent() || reach < LOCATE_STEP)) {
            next = candidate;
            nextTangent = t;
            tinySteps = reach < 1e-8 ? tinySteps + 1 : 0;
            if (reach == step) {
              step *= 2;
            }
            continue;
          }
        }
        step /= 2;
      }
      if (next == null) {
        continue;
      }
      if (crossesZero(point, next)) {
        crossings++;
        double[] nearer = Math.abs(next[m]) < Math.abs(point[m]) ? next : point;
        zero.or(() -> Optional.of(nearer))
            .flatMap(
                z -> SupportNewton.refine(payoffs, path.strategies(z), 1e-10, options.tolerance()))
            .filter(e -> found.stream().noneMatch(f -> same(f, e)))
            .ifPresent(
                e -> {
                  found.add(e);
                  watch.foundApproximately(e);
                });
      }
      point = next;
      tangent = nextTangent;
    }
    return new Result(
        METHOD,
        found,
        options.tolerance(),
        false,
        Map.of("steps", steps, "crossings", crossings, "stalled", stalled));
  }

  /**
   * The perturbation ray: each player's strategies get distinct bonuses, a random permutation of
   * evenly spaced values jittered by less than half their spacing, the whole scaled to unit length.
   */
  private double[] ray(ScaledPayoffs payoffs) {
    Random random = new Random(options.seed());
    double[] ray = new double[payoffs.profileLength()];
    double norm = 0;
    for (int p = 0, i = 0; p < payoffs.numPlayers(); p++) {
      int n = payoffs.numStrategies(p);
      List<Integer> ranks = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        ranks.add(s);
      }
      java.util.Collections.shuffle(ranks, random);
      for (int s = 0; s < n; s++, i++) {
        ray[i] = (ranks.get(s) + 0.25 + 0.5 * random.nextDouble()) / n;
        norm += ray[i] * ray[i];
      }
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < ray.length; i++) {
      ray[i] /= norm;
    }
    return ray;
  }

  /**
   * A bonus scale beyond which (above, for {@code top}; below its negative, otherwise) the
   * perturbed game has a unique equilibrium: each player's largest (smallest) bonus beats the next
   * by more than the payoff range, 1.
   */
  private static double uniqueBeyond(ScaledPayoffs payoffs, double[] ray, boolean top) {
    double gap = Double.POSITIVE_INFINITY;
    for (int p = 0, i = 0; p < payoffs.numPlayers(); i += payoffs.numStrategies(p), p++) {
      int n = payoffs.numStrategies(p);
      if (n < 2) {
        continue;
      }
      double[] b = new double[n];
      System.arraycopy(ray, i, b, 0, n);
      java.util.Arrays.sort(b);
      gap = Math.min(gap, top ? b[n - 1] - b[n - 2] : b[1] - b[0]);
    }
    return gap == Double.POSITIVE_INFINITY ? 1 : 2 / gap;
  }

  /** Newton corrections from {@code predicted} in the hyperplane normal to {@code tangent}. */
  private static Optional<double[]> correct(
      GlobalNewtonPath path, double[] predicted, double[] tangent) {
    return newton(path, predicted, tangent, false);
  }

  /** The point at {@code lambda = 0} between two path points on either side. */
  private static Optional<double[]> atZero(GlobalNewtonPath path, double[] a, double[] b) {
    int m = path.size();
    double t = a[m] / (a[m] - b[m]);
    double[] start = new double[m + 1];
    for (int i = 0; i <= m; i++) {
      start[i] = a[i] + t * (b[i] - a[i]);
    }
    start[m] = 0;
    double[] lambdaAxis = new double[m + 1];
    lambdaAxis[m] = 1;
    return newton(path, start, lambdaAxis, true);
  }

  /**
   * Newton's method on {@code H = 0} with the extra equation {@code normal . (x - x0) = 0}.
   *
   * @param strict whether to insist on convergence within the iterations (else a point with a small
   *     residual is accepted)
   */
  private static Optional<double[]> newton(
      GlobalNewtonPath path, double[] x0, double[] normal, boolean strict) {
    int m = path.size();
    double[] x = x0.clone();
    for (int iteration = 0; iteration < MAX_CORRECTIONS; iteration++) {
      double[] h = path.residual(x);
      double[][] a = new double[m + 1][];
      double[][] j = path.jacobian(x);
      System.arraycopy(j, 0, a, 0, m);
      a[m] = normal.clone();
      double[] rhs = new double[m + 1];
      double size = 0;
      for (int i = 0; i < m; i++) {
        rhs[i] = -h[i];
        size = Math.max(size, Math.abs(h[i]));
      }
      LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(a, false));
      if (!lu.getSolver().isNonSingular()) {
        return Optional.empty();
      }
      double[] delta = lu.getSolver().solve(new ArrayRealVector(rhs, false)).toArray();
      double move = 0;
      for (int i = 0; i <= m; i++) {
        x[i] += delta[i];
        move = Math.max(move, Math.abs(delta[i]));
      }
      if (move < CONVERGED * (1 + Math.abs(x[m])) && size < 1e-9) {
        return Optional.of(x);
      }
    }
    double residual = 0;
    for (double r : path.residual(x)) {
      residual = Math.max(residual, Math.abs(r));
    }
    return !strict && residual < 1e-10 || strict && residual < 1e-12
        ? Optional.of(x)
        : Optional.empty();
  }

  /** Whether lambda changes sign (zero counting as positive) between two points. */
  private static boolean crossesZero(double[] a, double[] b) {
    int m = a.length - 1;
    return (a[m] >= 0) != (b[m] >= 0);
  }

  private static boolean sameSupport(GlobalNewtonPath path, double[] a, double[] b) {
    double[][] x = path.strategies(a);
    double[][] y = path.strategies(b);
    for (int p = 0; p < x.length; p++) {
      for (int s = 0; s < x[p].length; s++) {
        if ((x[p][s] > 0) != (y[p][s] > 0)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean same(Equilibrium a, Equilibrium b) {
    double[] x = a.profile().flatten();
    double[] y = b.profile().flatten();
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i] - y[i]) > SAME_EQUILIBRIUM) {
        return false;
      }
    }
    return true;
  }

  private static double dot(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private static double distance(double[] a, double[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(d);
  }
}
