package org.leverage.solve.zerosum;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.leverage.game.Bimatrix;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.numeric.ExactLinearSystem;
import org.leverage.numeric.ExactSimplex;
import org.leverage.numeric.Matrices;
import org.leverage.numeric.Rationals;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.Watch;

/**
 * Two-player constant-sum games by linear programming ({@code --method lp}): the value of the game
 * and one pair of optimal (maxmin) strategies, which is a Nash equilibrium; von Neumann's minimax
 * theorem, in the LP form of G. B. Dantzig (1951).
 *
 * <p><b>Algorithm.</b> The row player's payoffs {@code A} are shifted to a positive matrix {@code
 * A' = A - min A + 1}, so the value {@code v'} is positive and the optimal strategies are {@code y
 * = v' z} and {@code x = v' u} for optimal solutions of the dual pair {@code max 1.z s.t. A' z <=
 * 1, z >= 0} and {@code min 1.u s.t. A'^T u >= 1, u >= 0}, with {@code v' = 1 / 1.z}. Both are
 * solved in {@code double} by Commons Math's {@link SimplexSolver}. Each solution is then rebuilt
 * exactly from what the floating one shows: its support and its tight constraints define a vertex,
 * whose coordinates are solved in rational arithmetic. The pair is accepted only if both are
 * exactly feasible and their objectives are exactly equal (then both are optimal, by weak duality)
 * and the profile has exactly zero regret. Otherwise, or if the floating LP fails, the exact {@link
 * ExactSimplex} (Bland's rule, started at the origin, with the dual read off its slacks) solves the
 * problem, and its answer is checked the same way. Either way the result is exact.
 *
 * <p><b>Degenerate games.</b> Optimal strategies need not be unique; one optimal pair is returned
 * (an extreme one). The value is unique.
 *
 * <p><b>Cost.</b> Simplex iterations are polynomial in practice; the exact rebuild solves one
 * system of the support size per player, the fallback pivots in rationals.
 */
public final class ZeroSumLpSolver implements EquilibriumSolver {

  /** The method's command-line name. */
  public static final String METHOD = "lp";

  /**
   * Options of a run.
   *
   * @param tolerance which floating values count as zero (support) and which constraints as tight,
   *     when rebuilding the exact solution
   * @param maxLpIterations iteration limit of the floating simplex; beyond it the exact simplex
   *     takes over
   */
  public record Options(Tolerance tolerance, int maxLpIterations) {

    public static final Options DEFAULT = new Options(Tolerance.DEFAULT, 100_000);

    public Options {
      Objects.requireNonNull(tolerance, "tolerance");
      if (maxLpIterations < 1) {
        throw new IllegalArgumentException(
            "maxLpIterations must be at least 1 but was " + maxLpIterations);
      }
    }
  }

  /**
   * The solution of a constant-sum game.
   *
   * @param value the row player's expected payoff in equilibrium: the value of the game
   * @param constant the sum of both players' payoffs in every cell; the column player gets {@code
   *     constant - value}
   * @param equilibrium a pair of optimal strategies
   * @param fromFloatingLp whether the floating LP's answer was certified, rather than the exact
   *     simplex's
   * @param counters work done: LP iterations, exact pivots
   */
  public record ZeroSumSolution(
      BigFraction value,
      BigFraction constant,
      MixedProfile equilibrium,
      boolean fromFloatingLp,
      Map<String, Long> counters) {

    public ZeroSumSolution {
      value = value.reduce();
      constant = constant.reduce();
      Objects.requireNonNull(equilibrium, "equilibrium");
      counters = ImmutableMap.copyOf(counters);
    }

    /** The column player's expected payoff in equilibrium. */
    public BigFraction columnValue() {
      return constant.subtract(value).reduce();
    }
  }

  private final Options options;

  public ZeroSumLpSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public ZeroSumLpSolver() {
    this(Options.DEFAULT);
  }

  public Options options() {
    return options;
  }

  /**
   * Stops between exact pivots when {@code watch} says so.
   *
   * @throws IllegalArgumentException if the game does not have two players or is not constant-sum
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    watch.checkpoint();
    ZeroSumSolution s = solveZeroSum(game, watch);
    watch.found(s.equilibrium());
    return new Result(METHOD, true, List.of(s.equilibrium()), s.counters());
  }

  /**
   * The value and an exact pair of optimal strategies.
   *
   * @throws IllegalArgumentException if the game does not have two players or is not constant-sum
   *     (the message names a cell where the sum differs)
   */
  public ZeroSumSolution solveZeroSum(NormalFormGame game) {
    return solveZeroSum(game, Watch.NONE);
  }

  /**
   * As {@link #solveZeroSum(NormalFormGame)}, stopping between exact pivots when {@code watch} says
   * so.
   */
  public ZeroSumSolution solveZeroSum(NormalFormGame game, Watch watch) {
    requireTwoPlayers(METHOD, game.numPlayers());
    Bimatrix bm = game.bimatrix();
    BigFraction constant = requireConstantSum(game);
    int m = bm.rows();
    int n = bm.columns();
    BigFraction min = bm.a(0, 0);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        min = bm.a(i, j).compareTo(min) < 0 ? bm.a(i, j) : min;
      }
    }
    BigFraction shift = min.subtract(BigFraction.ONE);
    BigFraction[][] a = new BigFraction[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = bm.a(i, j).subtract(shift);
      }
    }
    long iterations = 0;
    Optional<MixedProfile> certified = Optional.empty();
    BigFraction shiftedValue = null;
    try {
      double[][] ad = Matrices.toDouble(a);
      SimplexSolver lp = new SimplexSolver();
      double[] z = columnLp(lp, ad);
      iterations += lp.getIterations();
      double[] u = rowLp(lp, ad);
      iterations += lp.getIterations();
      Optional<BigFraction[]> zExact = rebuild(a, z, false);
      Optional<BigFraction[]> uExact = rebuild(Matrices.transpose(a), u, true);
      if (zExact.isPresent() && uExact.isPresent()) {
        shiftedValue = sum(zExact.get()).reciprocal();
        certified = profile(game, zExact.get(), uExact.get());
      }
    } catch (MathIllegalStateException e) {
      // The floating LP gave up (iteration limit, or numerical trouble): solve exactly.
      certified = Optional.empty();
    }
    long exactPivots = 0;
    boolean fromFloating = certified.isPresent();
    if (certified.isEmpty()) {
      ExactSimplex.PrimalDual exact =
          ExactSimplex.maximizeFromOrigin(
              ones(n), a, ones(m), ExactSimplex.UNLIMITED, watch::checkpoint);
      exactPivots = exact.pivots();
      shiftedValue = sum(exact.x()).reciprocal();
      certified = profile(game, exact.x(), exact.y());
    }
    MixedProfile equilibrium =
        certified.orElseThrow(
            () -> new IllegalStateException("exact simplex gave no equilibrium of " + game));
    return new ZeroSumSolution(
        shiftedValue.add(shift),
        constant,
        equilibrium,
        fromFloating,
        ImmutableMap.of(
            "lpIterations", iterations,
            "exactPivots", exactPivots,
            "exactFallback", fromFloating ? 0L : 1L));
  }

  /** Whether {@code game} has two players whose payoffs add up to one constant in every cell. */
  public static boolean isConstantSum(NormalFormGame game) {
    return game.numPlayers() == 2 && firstCellOffConstant(game).isEmpty();
  }

  /** The first cell (player 1's strategy fastest) whose payoff sum differs from cell 0's. */
  private static OptionalInt firstCellOffConstant(NormalFormGame game) {
    BigFraction constant = cellSum(game, 0);
    return IntStream.range(1, game.numCells())
        .filter(c -> !cellSum(game, c).equals(constant))
        .findFirst();
  }

  private static BigFraction cellSum(NormalFormGame game, int cell) {
    return game.payoff(0, cell).add(game.payoff(1, cell));
  }

  private static BigFraction requireConstantSum(NormalFormGame game) {
    constantSumViolation(game)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(game + " is not constant-sum: " + why);
            });
    return cellSum(game, 0);
  }

  /**
   * Why a two-player game is not constant-sum: the first cell whose payoffs add up to another sum
   * than cell (1, 1)'s, described; empty for a constant-sum game.
   */
  public static Optional<String> constantSumViolation(NormalFormGame game) {
    OptionalInt off = firstCellOffConstant(game);
    if (off.isEmpty()) {
      return Optional.empty();
    }
    int m = game.numStrategies(0);
    return Optional.of(
        "payoffs sum to "
            + Rationals.format(cellSum(game, off.getAsInt()))
            + " at row "
            + (off.getAsInt() % m + 1)
            + ", column "
            + (off.getAsInt() / m + 1)
            + " but to "
            + Rationals.format(cellSum(game, 0))
            + " at row 1, column 1");
  }

  /** {@code max 1.z s.t. a z <= 1, z >= 0}. */
  private double[] columnLp(SimplexSolver lp, double[][] a) {
    List<LinearConstraint> constraints = new ArrayList<>();
    for (double[] row : a) {
      constraints.add(new LinearConstraint(row, Relationship.LEQ, 1));
    }
    return optimize(lp, a[0].length, constraints, GoalType.MAXIMIZE);
  }

  /** {@code min 1.u s.t. a^T u >= 1, u >= 0}. */
  private double[] rowLp(SimplexSolver lp, double[][] a) {
    List<LinearConstraint> constraints = new ArrayList<>();
    for (double[] col : Matrices.transpose(a)) {
      constraints.add(new LinearConstraint(col, Relationship.GEQ, 1));
    }
    return optimize(lp, a.length, constraints, GoalType.MINIMIZE);
  }

  private double[] optimize(
      SimplexSolver lp, int vars, List<LinearConstraint> constraints, GoalType goal) {
    double[] ones = new double[vars];
    Arrays.fill(ones, 1);
    PointValuePair p =
        lp.optimize(
            new MaxIter(options.maxLpIterations()),
            new LinearObjectiveFunction(ones, 0),
            new LinearConstraintSet(constraints),
            goal,
            new NonNegativeConstraint(true));
    return p.getPoint();
  }

  /**
   * The exact vertex that the floating solution {@code w} of {@code a w <= 1} (or {@code >= 1} when
   * {@code atLeast}) approximates: its positive entries are unknowns, its tight constraints
   * equations. Empty unless the vertex is exactly feasible.
   */
  private Optional<BigFraction[]> rebuild(BigFraction[][] a, double[] w, boolean atLeast) {
    double[][] ad = Matrices.toDouble(a);
    double max = Arrays.stream(w).max().orElse(0);
    int[] support =
        IntStream.range(0, w.length)
            .filter(j -> w[j] > options.tolerance().zero() * Math.max(1, max))
            .toArray();
    List<Integer> tight = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      double lhs = 0;
      for (int j = 0; j < w.length; j++) {
        lhs += ad[i][j] * w[j];
      }
      if (Math.abs(lhs - 1) <= options.tolerance().ambiguous()) {
        tight.add(i);
      }
    }
    BigFraction[][] eq = new BigFraction[tight.size()][support.length];
    for (int r = 0; r < tight.size(); r++) {
      for (int k = 0; k < support.length; k++) {
        eq[r][k] = a[tight.get(r)][support[k]];
      }
    }
    Optional<BigFraction[]> sol =
        ExactLinearSystem.basicSolution(eq, ones(tight.size()), support.length);
    if (sol.isEmpty()) {
      return Optional.empty();
    }
    BigFraction[] full = new BigFraction[w.length];
    Arrays.fill(full, BigFraction.ZERO);
    for (int k = 0; k < support.length; k++) {
      full[support[k]] = sol.get()[k];
    }
    return isFeasible(a, full, atLeast) ? Optional.of(full) : Optional.empty();
  }

  private static boolean isFeasible(BigFraction[][] a, BigFraction[] w, boolean atLeast) {
    if (Arrays.stream(w).anyMatch(x -> x.getNumerator().signum() < 0)) {
      return false;
    }
    for (BigFraction[] row : a) {
      BigFraction lhs = BigFraction.ZERO;
      for (int j = 0; j < w.length; j++) {
        if (w[j].getNumerator().signum() != 0) {
          lhs = lhs.add(row[j].multiply(w[j]));
        }
      }
      int c = lhs.compareTo(BigFraction.ONE);
      if (atLeast ? c < 0 : c > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The profile {@code (u / 1.u, z / 1.z)} if the objectives are equal (so both are optimal) and it
   * is exactly an equilibrium of {@code game}.
   */
  private static Optional<MixedProfile> profile(
      NormalFormGame game, BigFraction[] z, BigFraction[] u) {
    BigFraction sz = sum(z);
    BigFraction su = sum(u);
    if (sz.getNumerator().signum() == 0 || !sz.equals(su)) {
      return Optional.empty();
    }
    MixedProfile p = new MixedProfile(ImmutableList.of(normalized(u, su), normalized(z, sz)));
    return ProfilePayoffs.isNashEquilibrium(game, p) ? Optional.of(p) : Optional.empty();
  }

  private static List<BigFraction> normalized(BigFraction[] w, BigFraction total) {
    return Arrays.stream(w).map(x -> x.divide(total)).collect(ImmutableList.toImmutableList());
  }

  private static BigFraction[] ones(int length) {
    BigFraction[] ones = new BigFraction[length];
    Arrays.fill(ones, BigFraction.ONE);
    return ones;
  }

  private static BigFraction sum(BigFraction[] w) {
    BigFraction s = BigFraction.ZERO;
    for (BigFraction x : w) {
      s = s.add(x);
    }
    return s;
  }
}
