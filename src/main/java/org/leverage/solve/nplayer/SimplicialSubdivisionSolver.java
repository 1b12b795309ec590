package org.leverage.solve.nplayer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.IterationLimitException;
import org.leverage.solve.PivotLimitException;
import org.leverage.solve.Watch;

/**
 * One Nash equilibrium of a strategic game of any number of players by simplicial subdivision with
 * restarts, the method of Gambit's {@code gambit-simpdiv}: a path through a triangulation of the
 * product of the players' strategy simplices, of mesh {@code 1/k}, from a starting profile to a
 * completely labelled simplex; then a restart from the point found on a grid twice as fine, until
 * the point, polished by {@link SupportNewton}, has regret below the tolerance.
 *
 * <p>Algorithm. Gambit follows the variable-dimension restart algorithm of G. van der Laan, A. J.
 * J. Talman and L. van der Heyden, "Simplicial variable dimension algorithms for solving the
 * nonlinear complementarity problem on a product of unit simplices using a general labelling",
 * Math. of OR 12 (1987), with integer labels. This class follows the restart (sandwich) algorithm
 * of O. H. Merrill (1972) with vector labels (B. C. Eaves, "Homotopies for computation of fixed
 * points", Math. Programming 3, 1972), which needs no case analysis at the boundary: the slab
 * {@code P x [0, 1]} is triangulated by Freudenthal's triangulation ({@link SimplicialSlab}); a
 * vertex {@code x} on layer 0 is labelled {@code v - x} (the start {@code v} is the unique zero),
 * one on layer 1 {@code g(x) - x} with the best-response improvement map {@code g(x) = (1 - a) r(x
 * + V(x)) + a c}: {@code V(x)} the strategies' payoffs against {@code x} (scaled to [0, 1]), {@code
 * r} the nearest-point projection onto the product of simplices, {@code c} the centroid and {@code
 * a = 1/k} a blend that keeps every label pointing strictly inward on the boundary and vanishes as
 * the grid refines. The fixed points of {@code r(x + V(x))} are exactly the Nash equilibria.
 * Door-in door-out pivoting (a linear-programming ratio test on the labels) leads from the layer-0
 * facet containing {@code v} to a layer-1 facet whose labels contain 0 in their convex hull; the
 * matching combination of its vertices is the approximate fixed point.
 *
 * <p>Behaviour. One equilibrium per run, deterministic. Degenerate games (ties, duplicated
 * strategies, continua of equilibria) are handled: the path needs no genericity beyond a tie rule
 * (lowest position) in the ratio test, and the polish step uses least-squares Newton steps. Each
 * path at grid {@code k} from a start within one mesh of its end takes a few pivots per dimension;
 * the first, on the coarsest grid, is bounded by the number of simplices. Each pivot costs one
 * evaluation of the payoffs ({@code O(cells x players)}) and a dense solve of order {@code sum (n_p
 * - 1) + 1}. Floating point: the answer's regret, reported with it, is below the tolerance.
 */
public final class SimplicialSubdivisionSolver implements ApproximateSolver {

  /** The method's command-line name. */
  public static final String METHOD = "simpdiv";

  /** Relative size below which a ratio-test quantity counts as zero. */
  private static final double RATIO_EPSILON = 1e-10;

  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

  private final Options options;

  public SimplicialSubdivisionSolver() {
    this(Options.DEFAULTS);
  }

  public SimplicialSubdivisionSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * How the path starts and when it stops.
   *
   * @param start the starting profile; empty for Gambit's default, every player's first strategy (a
   *     start on the boundary is moved one mesh towards the centroid, into the interior)
   * @param initialGrid {@code k} of the first grid, whose mesh is {@code 1/k} in probability
   * @param maxRefinements how many times the mesh may be halved after the first path
   * @param maxPivots the most pivots of all paths together
   * @param tolerance the regret (in the game's payoffs) below which a profile is accepted
   */
  public record Options(
      Optional<DecimalProfile> start,
      int initialGrid,
      int maxRefinements,
      long maxPivots,
      double tolerance) {

    public static final Options DEFAULTS = new Options(Optional.empty(), 4, 30, 1_000_000, 1e-8);

    public Options {
      Objects.requireNonNull(start, "start");
      if (initialGrid < 1) {
        throw new IllegalArgumentException("initial grid must be >= 1 but was " + initialGrid);
      }
      if (maxRefinements < 0 || maxRefinements > 40) {
        throw new IllegalArgumentException(
            "max refinements must be in [0, 40] but was " + maxRefinements);
      }
      if (maxPivots < 1) {
        throw new IllegalArgumentException("max pivots must be >= 1 but was " + maxPivots);
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
   * {@inheritDoc} Stops between pivots when {@code watch} says so.
   *
   * @throws IllegalArgumentException if the start profile does not fit the game
   * @throws IterationLimitException if the tolerance is not met after {@code maxRefinements}
   *     refinements ({@code --max-refinements})
   * @throws PivotLimitException if the paths take more than {@code maxPivots} pivots ({@code
   *     --max-pivots})
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    ScaledPayoffs payoffs = new ScaledPayoffs(game);
    double[][] centroid = payoffs.centroid();
    double[][] start = startProfile(game, payoffs);
    long grid = options.initialGrid();
    long[] pivots = {0};
    for (int refinement = 0; ; refinement++) {
      double[][] point =
          followPath(
              payoffs, grid, generic(inside(start, centroid, 1.0 / grid), grid), pivots, watch);
      Optional<Equilibrium> found =
          SupportNewton.refine(payoffs, point, 2.0 / grid, options.tolerance());
      if (found.isPresent()) {
        watch.foundApproximately(found.get());
        return new Result(
            METHOD,
            List.of(found.get()),
            options.tolerance(),
            false,
            Map.of("pivots", pivots[0], "refinements", (long) refinement));
      }
      if (refinement == options.maxRefinements()) {
        throw new IterationLimitException(
            METHOD
                + " did not reach regret "
                + options.tolerance()
                + " after "
                + refinement
                + " refinements of the grid (--max-refinements "
                + options.maxRefinements()
                + ")",
            "raise --max-refinements or --tolerance, or try --method gnm");
      }
      start = point;
      grid *= 2;
    }
  }

  private double[][] startProfile(NormalFormGame game, ScaledPayoffs payoffs) {
    if (options.start().isPresent()) {
      DecimalProfile given = options.start().get();
      double[][] x = payoffs.newProfile();
      for (int p = 0; p < x.length; p++) {
        if (p >= given.numPlayers() || given.strategies().get(p).size() != x[p].length) {
          throw new IllegalArgumentException(
              "start profile does not fit the game " + game + " at player " + (p + 1));
        }
        for (int s = 0; s < x[p].length; s++) {
          x[p][s] = given.probability(p, s);
        }
      }
      return x;
    }
    double[][] first = payoffs.newProfile();
    for (double[] row : first) {
      row[0] = 1;
    }
    return first;
  }

  /** {@code (1 - w) x + w c}: strictly inside the product of simplices when {@code w > 0}. */
  private static double[][] inside(double[][] x, double[][] centroid, double w) {
    double[][] y = new double[x.length][];
    for (int p = 0; p < x.length; p++) {
      y[p] = new double[x[p].length];
      for (int s = 0; s < x[p].length; s++) {
        y[p][s] = (1 - w) * x[p][s] + w * centroid[p][s];
      }
    }
    return y;
  }

  /**
   * {@code x} moved by less than a tenth of a mesh, by fixed irrational fractions, so that it lies
   * on no face of the triangulation and the starting facet is unique.
   */
  private static double[][] generic(double[][] x, long grid) {
    double[][] y = new double[x.length][];
    int index = 0;
    for (int p = 0; p < x.length; p++) {
      y[p] = new double[x[p].length];
      for (int s = 0; s < x[p].length; s++) {
        double fraction = (++index * GOLDEN) % 1.0;
        y[p][s] = x[p][s] * (1 + 0.1 * fraction / grid);
      }
    }
    return DecimalProfile.normalised(y).strategies().stream()
        .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray())
        .toArray(double[][]::new);
  }

  /** The approximate fixed point at the end of the path from {@code start} on grid {@code k}. */
  private double[][] followPath(
      ScaledPayoffs payoffs, long grid, double[][] start, long[] pivots, Watch watch) {
    SimplicialSlab slab = new SimplicialSlab(payoffs, grid, start);
    int size = slab.dimension() + 1;
    double[][] columns = new double[size][];
    for (int i = 0; i < size; i++) {
      columns[i] = label(payoffs, slab, i, grid, start);
    }
    int entering = size - 1;
    while (true) {
      watch.checkpoint();
      if (++pivots[0] > options.maxPivots()) {
        throw new PivotLimitException(
            METHOD
                + " took more than "
                + options.maxPivots()
                + " pivots (--max-pivots "
                + options.maxPivots()
                + ") on the grid of mesh 1/"
                + grid,
            "raise --max-pivots or try --method gnm");
      }
      int leaving = ratioTest(columns, entering);
      boolean done = true;
      for (int i = 0; i < size; i++) {
        done &= i == leaving || slab.onTopLayer(i);
      }
      if (done) {
        return combination(payoffs, slab, columns, leaving);
      }
      entering = slab.pivot(leaving);
      if (entering == leaving) {
        columns[entering] = label(payoffs, slab, entering, grid, start);
      } else if (entering == size - 1) {
        System.arraycopy(columns, 1, columns, 0, size - 1);
        columns[entering] = label(payoffs, slab, entering, grid, start);
      } else {
        System.arraycopy(columns, 0, columns, 1, size - 1);
        columns[0] = label(payoffs, slab, 0, grid, start);
      }
    }
  }

  /**
   * The label column of a vertex: {@code (L, 1)} with {@code L} the label vector without each
   * player's last strategy (a label's entries sum to zero per player).
   */
  private static double[] label(
      ScaledPayoffs payoffs, SimplicialSlab slab, int position, long grid, double[][] start) {
    double[][] x = slab.profile(slab.vertex(position));
    double[][] target = slab.onTopLayer(position) ? improvement(payoffs, x, 1.0 / grid) : start;
    double[] column = new double[slab.dimension()];
    int i = 0;
    for (int p = 0; p < x.length; p++) {
      for (int s = 0; s < x[p].length - 1; s++) {
        column[i++] = target[p][s] - x[p][s];
      }
    }
    column[i] = 1;
    return column;
  }

  /** {@code (1 - a) r(x + V(x)) + a c}, the best-response improvement map blended to the centre. */
  private static double[][] improvement(ScaledPayoffs payoffs, double[][] x, double blend) {
    double[][] values = payoffs.values(x);
    double[][] g = new double[x.length][];
    for (int p = 0; p < x.length; p++) {
      double[] moved = new double[x[p].length];
      for (int s = 0; s < moved.length; s++) {
        moved[s] = x[p][s] + values[p][s];
      }
      g[p] = SimplexProjection.project(moved);
      for (int s = 0; s < moved.length; s++) {
        g[p][s] = (1 - blend) * g[p][s] + blend / moved.length;
      }
    }
    return g;
  }

  /**
   * The position of the door's vertex that leaves when the vertex at {@code entering} enters: the
   * door's weights {@code w} solve {@code B w = e} (its label columns sum, weighted, to zero); the
   * leaving vertex is the first to reach weight zero as the entering column's weight grows, ties
   * broken by the lexicographic rule (the rows of {@code B^-1} divided by the entering direction),
   * which keeps degenerate labellings from cycling.
   */
  private static int ratioTest(double[][] columns, int entering) {
    int[] door = doorWithout(columns.length, entering);
    double[][] inverse = doorInverse(columns, door);
    int n = door.length;
    double[] direction = new double[n];
    double scale = 0;
    for (int j = 0; j < n; j++) {
      for (int r = 0; r < n; r++) {
        direction[j] += inverse[j][r] * columns[entering][r];
      }
      scale = Math.max(scale, Math.abs(direction[j]));
    }
    int leaving = -1;
    for (int j = 0; j < n; j++) {
      if (direction[j] > RATIO_EPSILON * scale
          && (leaving < 0 || lexicographicallySmaller(inverse, direction, j, leaving))) {
        leaving = j;
      }
    }
    if (leaving < 0) {
      throw new IllegalStateException(
          "simplicial path found no leaving vertex (degenerate labels)");
    }
    return door[leaving];
  }

  /** Compares row {@code a} of {@code [w | B^-1]} over its direction with row {@code b}'s. */
  private static boolean lexicographicallySmaller(
      double[][] inverse, double[] direction, int a, int b) {
    int n = direction.length;
    for (int c = -1; c < n; c++) {
      int column = c < 0 ? n - 1 : c;
      double x = (c < 0 ? Math.max(0, inverse[a][column]) : inverse[a][column]) / direction[a];
      double y = (c < 0 ? Math.max(0, inverse[b][column]) : inverse[b][column]) / direction[b];
      if (Math.abs(x - y) > RATIO_EPSILON * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) {
        return x < y;
      }
    }
    return false;
  }

  private static int[] doorWithout(int size, int excluded) {
    int[] door = new int[size - 1];
    for (int i = 0, j = 0; i < size; i++) {
      if (i != excluded) {
        door[j++] = i;
      }
    }
    return door;
  }

  /** {@code B^-1} for the door's label columns {@code B}; its last column is the weights. */
  private static double[][] doorInverse(double[][] columns, int[] door) {
    int n = door.length;
    double[][] b = new double[n][n];
    for (int j = 0; j < n; j++) {
      for (int r = 0; r < n; r++) {
        b[r][j] = columns[door[j]][r];
      }
    }
    try {
      return new LUDecomposition(new Array2DRowRealMatrix(b, false))
          .getSolver()
          .getInverse()
          .getData();
    } catch (SingularMatrixException e) {
      throw new IllegalStateException("simplicial path met a singular door (degenerate labels)", e);
    }
  }

  /** The combination of the final door's vertices whose labels sum to zero. */
  private static double[][] combination(
      ScaledPayoffs payoffs, SimplicialSlab slab, double[][] columns, int excluded) {
    int[] door = doorWithout(columns.length, excluded);
    double[][] inverse = doorInverse(columns, door);
    double[][] point = payoffs.newProfile();
    for (int j = 0; j < door.length; j++) {
      double w = Math.max(0, inverse[j][door.length - 1]);
      double[][] x = slab.profile(slab.vertex(door[j]));
      for (int p = 0; p < point.length; p++) {
        for (int s = 0; s < point[p].length; s++) {
          point[p][s] += w * x[p][s];
        }
      }
    }
    return point;
  }
}
