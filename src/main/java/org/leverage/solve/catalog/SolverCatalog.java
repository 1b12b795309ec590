package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leverage.game.NormalFormGame;
import org.leverage.game.TwoPlayerGames;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.SolverLimitException;
import org.leverage.solve.SupportLimitException;
import org.leverage.solve.TimeLimitException;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.UsageException;
import org.leverage.solve.Watch;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.bimatrix.MaximalNashSubsets;
import org.leverage.solve.correlated.CorrelatedDistribution;
import org.leverage.solve.correlated.CorrelatedEquilibriumSolver;
import org.leverage.solve.correlated.IncentiveCheck;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.dynamic.BackwardInductionSolver;
import org.leverage.solve.dynamic.DynamicSolution;
import org.leverage.solve.dynamic.DynamicSolverOptions;
import org.leverage.solve.dynamic.DynamicSolverOptions.StageSelection;
import org.leverage.solve.dynamic.DynamicSolverOptions.TieRule;
import org.leverage.solve.dynamic.ExactBackwardInductionSolver;
import org.leverage.solve.dynamic.Timing;
import org.leverage.solve.dynamic.ValueIterationSolver;
import org.leverage.solve.lcp.LemkeHowsonSolver;
import org.leverage.solve.nplayer.EnumPolySolver;
import org.leverage.solve.nplayer.GlobalNewtonSolver;
import org.leverage.solve.nplayer.SimplicialSubdivisionSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.qre.LogitBranch;
import org.leverage.solve.qre.LogitFit;
import org.leverage.solve.qre.LogitQreSolver;
import org.leverage.solve.selection.Criterion;
import org.leverage.solve.tree.ReducedFormTreeSolver;
import org.leverage.solve.tree.SequenceFormLcpSolver;
import org.leverage.solve.tree.SequenceFormLcpTreeSolver;
import org.leverage.solve.tree.SequenceFormLpSolver;
import org.leverage.solve.tree.SequenceFormLpTreeSolver;
import org.leverage.solve.tree.SpeTreeSolver;
import org.leverage.solve.zerosum.ZeroSumLpSolver;

/**
 * Every solve method by its command-line name, for every kind of game: which methods apply to which
 * kind and what each does there ({@link #METHODS}, the text of {@code --help}), the limits they run
 * with, and the one entry point {@link #solve}. {@code auto} picks the most complete exact method
 * for the game; {@code all} runs every method that applies.
 *
 * <p>A request that does not apply (an unknown name, a method for another kind or size of game, an
 * option the method does not use) is refused with a {@link UsageException} that names the rule and
 * what to try, before anything runs; solvers are given only games they handle.
 */
public final class SolverCatalog {

  /** The most equilibria a tree method enumerates (ties of backward induction, combinations). */
  public static final int MAX_TREE_EQUILIBRIA = 1000;

  /** Periods of the expected path of an infinite-horizon dynamic game, unless the user says. */
  public static final int DEFAULT_PATH_PERIODS = 10;

  private static final String AUTO = "auto";
  private static final String ALL = "all";
  private static final String PURE = PureEquilibriumSolver.METHOD;
  private static final String DOMINANCE = DominanceEliminator.METHOD;
  private static final String ENUMMIXED = EnumMixedSolver.METHOD;
  private static final String LCP = LemkeHowsonSolver.METHOD;
  private static final String LP = ZeroSumLpSolver.METHOD;
  private static final String SPE = SpeTreeSolver.METHOD;
  private static final String CORRELATED = CorrelatedEquilibriumSolver.METHOD;
  private static final String QRE = LogitQreSolver.METHOD;
  private static final String ENUMPOLY = EnumPolySolver.METHOD;

  /**
   * The floating-point methods of normal-form games by name, in the order {@code all} runs them on
   * games of three or more players: each makes its solver from the settings. A new method is one
   * line here and one {@link Method} in {@link #METHODS}.
   */
  private static final Map<String, Function<Settings, ApproximateSolver>> APPROXIMATE =
      ImmutableMap.of(
          ENUMPOLY,
          s -> new EnumPolySolver(s.enumpoly()),
          SimplicialSubdivisionSolver.METHOD,
          s -> new SimplicialSubdivisionSolver(s.simpdiv()),
          GlobalNewtonSolver.METHOD,
          s -> new GlobalNewtonSolver(s.gnm()));

  /**
   * One method.
   *
   * @param name the command-line name
   * @param uses what the method does on each kind of game it applies to, in help order
   */
  public record Method(String name, Map<GameKind, String> uses) {

    public Method {
      uses = ImmutableMap.copyOf(uses);
    }

    public boolean appliesTo(GameKind kind) {
      return uses.containsKey(kind);
    }
  }

  /** Every method, in help order. */
  public static final List<Method> METHODS =
      List.of(
          new Method(
              AUTO,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "enummixed for two players; for more, enumpoly within its limits, else pure"
                      + " with a note (the default)",
                  GameKind.TREE,
                  "spe",
                  GameKind.DYNAMIC,
                  "backward induction over (period, state), in exact rationals with --exact, or"
                      + " value iteration for an infinite horizon: the equilibrium policy, the"
                      + " values, the choices a tie rule decided and the expected path")),
          new Method(
              ALL,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "every exact equilibrium method that applies (lp only on constant-sum games);"
                      + " with three or more players, pure and the floating-point methods within"
                      + " their limits",
                  GameKind.TREE,
                  "every method that applies (lp only on constant-sum trees; only pure on trees"
                      + " without perfect recall)",
                  GameKind.DYNAMIC,
                  "as auto")),
          new Method(
              PURE,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "all pure-strategy Nash equilibria, any number of players",
                  GameKind.TREE,
                  "pure Nash equilibria of the reduced strategic form, as behaviour profiles, also"
                      + " on trees without perfect recall")),
          new Method(
              DOMINANCE,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "iterated elimination of strictly dominated strategies, by pure and by mixed"
                      + " strategies, each step with its exact dominator")),
          new Method(
              ENUMMIXED,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "all extreme Nash equilibria of a two-player game, degenerate games included"
                      + " (--components adds the maximal Nash subsets)",
                  GameKind.TREE,
                  "all extreme equilibria of the reduced strategic form of a two-player tree, as"
                      + " mixed strategies")),
          new Method(
              LCP,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "Lemke-Howson from every label and every equilibrium found, two players"
                      + " (--label K follows one path)",
                  GameKind.TREE,
                  "sequence-form Lemke: one equilibrium of a two-player tree, as gambit-lcp")),
          new Method(
              LP,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "value and optimal strategies of a two-player constant-sum game by linear"
                      + " programming",
                  GameKind.TREE,
                  "sequence-form linear program of a two-player constant-sum tree")),
          new Method(
              ENUMPOLY,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "every isolated Nash equilibrium, any number of players, in floating point:"
                      + " support enumeration with polynomial solving, as gambit-enumpoly"
                      + " (--max-supports, --max-unknowns)")),
          new Method(
              SimplicialSubdivisionSolver.METHOD,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "one Nash equilibrium, any number of players, in floating point: simplicial"
                      + " subdivision with restarts, as gambit-simpdiv (--max-refinements,"
                      + " --max-pivots, --tolerance)")),
          new Method(
              GlobalNewtonSolver.METHOD,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "Nash equilibria by the global Newton method, any number of players, in floating"
                      + " point, as gambit-gnm (--max-steps, --seed, --tolerance)")),
          new Method(
              SPE,
              ImmutableMap.of(
                  GameKind.TREE,
                  "subgame-perfect equilibria: backward induction with ties enumerated on"
                      + " perfect information, else subgames solved bottom-up, each by the"
                      + " --subgame-method (the default)")),
          new Method(
              CORRELATED,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "correlated equilibria by exact linear programming, any number of players: the"
                      + " welfare-maximising one and each player's best (--check FILE checks a"
                      + " given distribution instead)")),
          new Method(
              QRE,
              ImmutableMap.of(
                  GameKind.NORMAL_FORM,
                  "the limit of the principal branch of logit quantal response equilibria, any"
                      + " number of players, in floating point with its regret (--lambda: the"
                      + " QRE at given lambdas; --branch: the traced branch; --fit: lambda fitted"
                      + " to observed play)")));

  /**
   * The user's choices beside the method; each applies only where its parameter says, and is a
   * {@link UsageException} elsewhere.
   *
   * @param lcpLabel Lemke-Howson follows the single path that drops this label (1-based, row
   *     strategies first) instead of searching every reachable equilibrium; normal-form {@code lcp}
   * @param components add the maximal Nash subsets to {@code enummixed}'s equilibria; two-player
   *     normal-form games
   * @param pathPeriods the periods of the expected path; infinite-horizon dynamic games (default
   *     {@link #DEFAULT_PATH_PERIODS})
   * @param threads worker threads over the states; dynamic games (default 1)
   * @param selection which equilibrium of a simultaneous stage game the solver continues with, by
   *     its name in {@link #SELECTIONS}; dynamic games with simultaneous timing (default {@code
   *     first-undominated})
   * @param exact solve in exact rational arithmetic. A dynamic game with a finite horizon is then
   *     solved by exact backward induction (ties are exact ties); an infinite horizon refuses it
   *     (value iteration runs in double). The methods of normal-form games and trees are exact
   *     anyway, so there it changes nothing.
   * @param subgameMethod how {@code spe} solves each subgame of a tree, by its name in {@link
   *     SpeTreeSolver#SUBGAME_METHODS} (default {@code auto}); {@code spe}, {@code auto} and {@code
   *     all} on trees with perfect recall that are not of perfect information (backward induction
   *     solves those), and {@code enummixed} and {@code lcp} only on two-player trees
   * @param maxLpSize most tableau entries of one linear program of {@code correlated} (default
   *     {@link CorrelatedEquilibriumSolver.Options#DEFAULT})
   * @param check a distribution over cells that {@code correlated} checks instead of optimising
   * @param select a selection criterion by its name in {@link Criterion}, applied to the equilibria
   *     of each exact method of a normal-form game
   * @param qreLambdas {@code qre} prints the QRE at these lambdas (non-negative, increasing)
   *     instead of the limit; empty otherwise
   * @param qreBranch {@code qre} prints every traced point of the principal branch
   * @param qreCounts {@code qre} fits lambda to these observed counts by maximum likelihood
   * @param enumpoly the limits of {@code enumpoly}; other than the default only where it runs
   *     (normal-form {@code enumpoly}, and {@code auto} and {@code all} on three or more players)
   * @param simpdiv the options of {@code simpdiv}; other than the default only where it runs
   * @param gnm the options of {@code gnm}; other than the default only where it runs
   * @param maxEquilibria the most equilibria {@code pure} and {@code enummixed} (normal form) and
   *     {@code spe} (trees) may list before stopping at their limit; empty for their defaults
   * @param watch told of every method's progress and of each equilibrium as it is found; when it
   *     stops a method of a normal-form game, the equilibria found so far are kept and the solution
   *     is marked incomplete, while on trees and dynamic games the stop is thrown
   */
  public record Settings(
      OptionalInt lcpLabel,
      boolean components,
      OptionalInt pathPeriods,
      OptionalInt threads,
      Optional<String> selection,
      boolean exact,
      Optional<String> subgameMethod,
      OptionalLong maxLpSize,
      Optional<CorrelatedDistribution> check,
      Optional<String> select,
      List<Double> qreLambdas,
      boolean qreBranch,
      Optional<LogitFit.Counts> qreCounts,
      EnumPolySolver.Options enumpoly,
      SimplicialSubdivisionSolver.Options simpdiv,
      GlobalNewtonSolver.Options gnm,
      OptionalInt maxEquilibria,
      Watch watch) {

    /** Every setting at its default. */
    public static final Settings DEFAULT = builder().build();

    public Settings {
      Objects.requireNonNull(lcpLabel, "lcpLabel");
      Objects.requireNonNull(pathPeriods, "pathPeriods");
      Objects.requireNonNull(threads, "threads");
      Objects.requireNonNull(selection, "selection");
      Objects.requireNonNull(subgameMethod, "subgameMethod");
      Objects.requireNonNull(maxLpSize, "maxLpSize");
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(select, "select");
      qreLambdas = ImmutableList.copyOf(qreLambdas);
      Objects.requireNonNull(qreCounts, "qreCounts");
      Objects.requireNonNull(enumpoly, "enumpoly");
      Objects.requireNonNull(simpdiv, "simpdiv");
      Objects.requireNonNull(gnm, "gnm");
      Objects.requireNonNull(maxEquilibria, "maxEquilibria");
      Objects.requireNonNull(watch, "watch");
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
      return new Builder();
    }

    /** Whether any setting of {@code qre} is given. */
    boolean anyQre() {
      return !qreLambdas.isEmpty() || qreBranch || qreCounts.isPresent();
    }

    /**
     * Names each setting as it is set, so that callers never depend on the order of the record's
     * many components; a setting left alone keeps its default.
     */
    public static final class Builder {
      private OptionalInt lcpLabel = OptionalInt.empty();
      private boolean components;
      private OptionalInt pathPeriods = OptionalInt.empty();
      private OptionalInt threads = OptionalInt.empty();
      private Optional<String> selection = Optional.empty();
      private boolean exact;
      private Optional<String> subgameMethod = Optional.empty();
      private OptionalLong maxLpSize = OptionalLong.empty();
      private Optional<CorrelatedDistribution> check = Optional.empty();
      private Optional<String> select = Optional.empty();
      private List<Double> qreLambdas = List.of();
      private boolean qreBranch;
      private Optional<LogitFit.Counts> qreCounts = Optional.empty();
      private EnumPolySolver.Options enumpoly = EnumPolySolver.Options.DEFAULT;
      private SimplicialSubdivisionSolver.Options simpdiv =
          SimplicialSubdivisionSolver.Options.DEFAULTS;
      private GlobalNewtonSolver.Options gnm = GlobalNewtonSolver.Options.DEFAULTS;
      private OptionalInt maxEquilibria = OptionalInt.empty();
      private Watch watch = Watch.NONE;

      private Builder() {}

      public Builder lcpLabel(OptionalInt value) {
        lcpLabel = value;
        return this;
      }

      public Builder components(boolean value) {
        components = value;
        return this;
      }

      public Builder pathPeriods(OptionalInt value) {
        pathPeriods = value;
        return this;
      }

      public Builder threads(OptionalInt value) {
        threads = value;
        return this;
      }

      public Builder selection(Optional<String> value) {
        selection = value;
        return this;
      }

      public Builder exact(boolean value) {
        exact = value;
        return this;
      }

      public Builder subgameMethod(Optional<String> value) {
        subgameMethod = value;
        return this;
      }

      public Builder maxLpSize(OptionalLong value) {
        maxLpSize = value;
        return this;
      }

      public Builder check(Optional<CorrelatedDistribution> value) {
        check = value;
        return this;
      }

      public Builder select(Optional<String> value) {
        select = value;
        return this;
      }

      public Builder qreLambdas(List<Double> value) {
        qreLambdas = value;
        return this;
      }

      public Builder qreBranch(boolean value) {
        qreBranch = value;
        return this;
      }

      public Builder qreCounts(Optional<LogitFit.Counts> value) {
        qreCounts = value;
        return this;
      }

      public Builder enumpoly(EnumPolySolver.Options value) {
        enumpoly = value;
        return this;
      }

      public Builder simpdiv(SimplicialSubdivisionSolver.Options value) {
        simpdiv = value;
        return this;
      }

      public Builder gnm(GlobalNewtonSolver.Options value) {
        gnm = value;
        return this;
      }

      public Builder maxEquilibria(OptionalInt value) {
        maxEquilibria = value;
        return this;
      }

      public Builder watch(Watch value) {
        watch = value;
        return this;
      }

      public Settings build() {
        return new Settings(
            lcpLabel,
            components,
            pathPeriods,
            threads,
            selection,
            exact,
            subgameMethod,
            maxLpSize,
            check,
            select,
            qreLambdas,
            qreBranch,
            qreCounts,
            enumpoly,
            simpdiv,
            gnm,
            maxEquilibria,
            watch);
      }
    }
  }

  /**
   * The equilibrium selection rules of simultaneous stage games by their command-line names, the
   * default first: see {@link StageSelection}.
   */
  public static final Map<String, StageSelection> SELECTIONS =
      ImmutableMap.of(
          "first-undominated", StageSelection.FIRST_UNDOMINATED, "first", StageSelection.FIRST);

  private SolverCatalog() {}

  /** Every method name, in help order (picocli's completion candidates). */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return METHODS.stream().map(Method::name).iterator();
    }
  }

  /**
   * Solves {@code problem} with the method named {@code method}: the one entry point for every kind
   * of game.
   *
   * @throws UsageException if the name is unknown, the method or a setting does not apply to the
   *     game
   * @throws org.leverage.solve.SolverLimitException if a solver reached one of its limits
   */
  public static Solution solve(Problem problem, String method, Settings settings) {
    Method m = method(method);
    refuseQre(m, settings);
    return problem.accept(
        new Problem.Visitor<Solution>() {
          @Override
          public Solution normalForm(Problem.NormalForm p) {
            require(m, GameKind.NORMAL_FORM);
            NormalFormGame game = p.game();
            if (m.name().equals(DOMINANCE)) {
              refuseLcpAndComponents(settings, "dominance");
              refuseEnumpolyLimits(settings, "dominance");
              refuseMaxEquilibria(settings, "dominance");
              refuseDynamicSettings(settings);
              refuseSubgameMethod(settings, "normal-form games");
              refuseCorrelatedSettings(settings, "dominance");
              refuseSelect(settings, "dominance");
              return new Solution.Dominance(
                  game, new DominanceEliminator().eliminate(game, settings.watch()));
            }
            if (m.name().equals(CORRELATED)) {
              return correlated(game, settings);
            }
            Optional<Criterion> criterion = settings.select().map(Criterion::named);
            Plan plan = plan(m, game, settings);
            List<String> notes = new ArrayList<>(plan.notes());
            boolean goOn = m.name().equals(ALL);
            List<String> exactNames =
                plan.names().stream().filter(name -> !APPROXIMATE.containsKey(name)).toList();
            List<EquilibriumSolver> exact = exactSolvers(plan, settings);
            List<Solution.NormalForm.Section> sections = new ArrayList<>();
            boolean[] complete = {true};
            for (int k = 0; k < exact.size(); k++) {
              EquilibriumSolver solver = exact.get(k);
              String name = exactNames.get(k);
              unlessLimit(
                  goOn,
                  name,
                  notes,
                  () -> {
                    FoundSoFar found = new FoundSoFar(settings.watch());
                    try {
                      sections.add(
                          section(
                              game, solver.solve(game, found), settings.components(), criterion));
                    } catch (TimeLimitException e) {
                      EquilibriumSolver.Result soFar = found.exactResult(name);
                      sections.add(section(game, soFar, false, Optional.empty()));
                      notes.add(stoppedEarly(name, soFar.equilibria().size(), e));
                      complete[0] = false;
                    }
                  });
            }
            List<Solution.NormalForm.ApproximateSection> approximate = new ArrayList<>();
            for (String name : plan.names()) {
              if (APPROXIMATE.containsKey(name)) {
                ApproximateSolver solver = APPROXIMATE.get(name).apply(settings);
                unlessLimit(
                    goOn,
                    name,
                    notes,
                    () -> {
                      FoundSoFar found = new FoundSoFar(settings.watch());
                      ApproximateSolver.Result result;
                      try {
                        result = solver.solve(game, found);
                      } catch (TimeLimitException e) {
                        result = found.approximateResult(name, solver, game);
                        notes.add(stoppedEarly(name, result.equilibria().size(), e));
                        complete[0] = false;
                      }
                      approximate.add(Solution.NormalForm.ApproximateSection.of(game, result));
                    });
              }
            }
            noPureEquilibrium(game, sections, approximate).ifPresent(notes::add);
            return new Solution.NormalForm(game, sections, approximate, notes, complete[0]);
          }

          @Override
          public Solution tree(Problem.Tree p) {
            List<TreeSolver.Result> results =
                treeSolversFor(m.name(), p.game(), settings).stream()
                    .map(s -> s.solve(p.game(), settings.watch()))
                    .toList();
            return new Solution.Tree(p.game(), results);
          }

          @Override
          public Solution repeated(Problem.Repeated p) {
            throw new UsageException(notApplicable(m, GameKind.REPEATED));
          }

          @Override
          public Solution dynamic(Problem.Dynamic p) {
            require(m, GameKind.DYNAMIC);
            return solveDynamic(p, settings);
          }
        });
  }

  private static final String QRE_SETTINGS = "--lambda, --branch and --fit apply to --method qre";

  private static final String QRE_ALONE =
      "method qre finds equilibria in floating point and runs on its own: solve --method qre";

  /**
   * Refuses {@code qre}'s settings with another method, and {@code qre} itself where only exact
   * methods are handled ({@link #solve}, {@link #solversFor}).
   */
  private static void refuseQre(Method m, Settings settings) {
    refuse(m.name().equals(QRE), QRE_ALONE);
    refuse(settings.anyQre(), QRE_SETTINGS + ", not to --method " + m.name());
  }

  /** Whether {@code method} runs every method that applies ({@code all}). */
  public static boolean runsEveryMethod(String method) {
    return ALL.equals(method);
  }

  /** Whether {@code method} names {@code qre}, which {@link #solveQre} runs. */
  public static boolean isQre(String method) {
    return QRE.equals(method);
  }

  /**
   * Runs {@code qre} on a normal-form game: the limit of the principal logit branch, or, as the
   * settings ask, the QRE at given lambdas, the traced branch, or the fit of lambda.
   *
   * @param method the method asked for: anything but {@code qre} is refused, naming the settings
   *     that belong to {@code qre}
   * @throws UsageException if the method is not {@code qre}, the game is not a normal-form game, a
   *     setting of another method is given, more than one of --lambda, --branch and --fit is, or a
   *     lambda is negative or out of order
   * @throws org.leverage.solve.SolverLimitException if the branch cannot be followed far enough
   */
  public static QreSolution solveQre(Problem problem, String method, Settings settings) {
    NormalFormGame game = qreGame(method, problem);
    refuseLcpAndComponents(settings, "--method qre");
    refuseDynamicSettings(settings);
    refuseSubgameMethod(settings, "normal-form games");
    refuse(
        settings.exact(), "--exact does not apply to --method qre, which runs in floating point");
    int asked =
        (settings.qreLambdas().isEmpty() ? 0 : 1)
            + (settings.qreBranch() ? 1 : 0)
            + (settings.qreCounts().isPresent() ? 1 : 0);
    refuse(asked > 1, "choose one of --lambda, --branch and --fit");
    LogitBranch.Options options = LogitBranch.Options.DEFAULT.withWatch(settings.watch());
    if (!settings.qreLambdas().isEmpty()) {
      checkLambdas(settings.qreLambdas());
      return new QreSolution.AtLambdas(game, LogitBranch.at(game, settings.qreLambdas(), options));
    }
    if (settings.qreBranch()) {
      return new QreSolution.Branch(game, LogitBranch.trace(game, options));
    }
    if (settings.qreCounts().isPresent()) {
      LogitFit.Counts counts = settings.qreCounts().get();
      return new QreSolution.Fit(game, counts, LogitFit.fit(game, counts, options));
    }
    return new QreSolution.Limit(game, new LogitQreSolver(options).solve(game, settings.watch()));
  }

  /**
   * The normal-form game {@code qre} would run on, for reading {@code --fit}'s counts against it.
   *
   * @throws UsageException if {@code method} is not {@code qre} or the problem is not a normal-form
   *     game
   */
  public static NormalFormGame qreGame(String method, Problem problem) {
    refuse(!isQre(method), QRE_SETTINGS + ", not to --method " + method);
    if (!(problem instanceof Problem.NormalForm p)) {
      throw new UsageException(notApplicable(method(QRE), problem.kind()));
    }
    return p.game();
  }

  private static void checkLambdas(List<Double> lambdas) {
    double previous = -1;
    for (double lambda : lambdas) {
      refuse(
          !(lambda >= 0) || Double.isInfinite(lambda),
          "--lambda values must be non-negative and finite but one was " + lambda);
      refuse(
          lambda <= previous,
          "--lambda values must be strictly increasing, but " + lambda + " follows " + previous);
      previous = lambda;
    }
  }

  /** As {@link #solversFor(String, NormalFormGame, Settings)} with the default settings. */
  public static List<EquilibriumSolver> solversFor(String method, NormalFormGame game) {
    return solversFor(method, game, Settings.DEFAULT);
  }

  /**
   * The equilibrium solvers that {@code method} names for {@code game}.
   *
   * @throws UsageException for an unknown name, a method that is not an equilibrium method of
   *     normal-form games or does not apply to the game (a two-player method on three players;
   *     {@code lp} on a game that is not constant-sum), or a setting it does not use
   */
  public static List<EquilibriumSolver> solversFor(
      String method, NormalFormGame game, Settings settings) {
    return exactSolvers(plan(method(method), game, settings), settings);
  }

  /**
   * The floating-point solvers that {@code method} names for {@code game} (none for an exact
   * method).
   *
   * @throws UsageException as {@link #solversFor(String, NormalFormGame, Settings)}
   */
  public static List<ApproximateSolver> approximateSolversFor(
      String method, NormalFormGame game, Settings settings) {
    return approximateSolvers(plan(method(method), game, settings), settings);
  }

  /**
   * The methods that run on a normal-form game, and notes on those that do not.
   *
   * @param names exact and floating-point method names, in the catalog's order
   * @param notes why a method {@code auto} or {@code all} would run did not
   */
  private record Plan(List<String> names, List<String> notes) {}

  private static List<ApproximateSolver> approximateSolvers(Plan plan, Settings settings) {
    return plan.names().stream()
        .filter(APPROXIMATE::containsKey)
        .map(name -> APPROXIMATE.get(name).apply(settings))
        .toList();
  }

  /** Checks the request and decides which methods run. */
  private static Plan plan(Method m, NormalFormGame game, Settings settings) {
    require(m, GameKind.NORMAL_FORM);
    refuseQre(m, settings);
    refuseDynamicSettings(settings);
    refuseSubgameMethod(settings, "normal-form games");
    refuseCorrelatedSettings(settings, "--method " + m.name());
    List<String> names = new ArrayList<>(normalFormMethods(m.name(), game));
    if (settings.lcpLabel().isPresent()) {
      refuse(!names.contains(LCP), "--label applies to --method lcp (or all) on two-player games");
      int label = settings.lcpLabel().getAsInt();
      int labels = game.numStrategies(0) + game.numStrategies(1);
      refuse(
          label < 1 || label > labels,
          "--label must be between 1 and "
              + labels
              + " (one label per strategy, row strategies first) but was "
              + label);
    }
    refuse(
        settings.components() && !names.contains(ENUMMIXED),
        "--components applies to enummixed (--method enummixed, auto or all on two-player games)");
    List<String> notes = new ArrayList<>();
    boolean manyPlayers = game.numPlayers() >= 3;
    boolean chosen = m.name().equals(AUTO) || m.name().equals(ALL);
    refuse(
        !settings.enumpoly().equals(EnumPolySolver.Options.DEFAULT)
            && !m.name().equals(ENUMPOLY)
            && !(chosen && manyPlayers),
        "--max-supports and --max-unknowns apply to --method enumpoly (or auto, all on games of"
            + " three or more players)");
    refuse(
        (!settings.simpdiv().equals(SimplicialSubdivisionSolver.Options.DEFAULTS)
                || !settings.gnm().equals(GlobalNewtonSolver.Options.DEFAULTS))
            && !names.contains(SimplicialSubdivisionSolver.METHOD)
            && !names.contains(GlobalNewtonSolver.METHOD),
        "--max-refinements, --max-pivots, --max-steps, --seed and --tolerance apply to --method"
            + " simpdiv or gnm (or all on games of three or more players)");
    if (chosen && manyPlayers) {
      Optional<SupportLimitException> limit =
          new EnumPolySolver(settings.enumpoly()).limitExceeded(game);
      if (limit.isPresent()) {
        names.remove(ENUMPOLY);
        if (!names.contains(PURE)) {
          names.add(0, PURE);
        }
        notes.add(
            "enumpoly, which finds mixed equilibria, did not run: " + limit.get().getMessage());
      }
    }
    return new Plan(ImmutableList.copyOf(names), ImmutableList.copyOf(notes));
  }

  private static EnumMixedSolver.Options enumMixedOptions(Settings settings) {
    EnumMixedSolver.Options d = EnumMixedSolver.Options.DEFAULT;
    return new EnumMixedSolver.Options(
        settings.maxEquilibria().orElse(d.maxEquilibria()),
        d.maxBases(),
        d.tolerance(),
        d.forceExact());
  }

  /**
   * Runs {@code method}; under {@code all} ({@code goOn}) a method that stops at a limit leaves a
   * note saying so, and the caller goes on with the next method.
   */
  /** The note of a method whose time ran out: what it kept, and that more may exist. */
  private static String stoppedEarly(String method, int found, TimeLimitException e) {
    String kept =
        found == 0
            ? "it had found none"
            : "the "
                + found
                + (found == 1
                    ? " equilibrium it found before is"
                    : " equilibria it found before are")
                + " listed, and there may be more";
    return method + " stopped: " + e.getMessage() + "; " + kept;
  }

  private static void unlessLimit(boolean goOn, String method, List<String> notes, Runnable run) {
    try {
      run.run();
    } catch (SolverLimitException e) {
      if (!goOn) {
        throw e;
      }
      notes.add(method + " stopped at a limit and found nothing: " + e.getMessage());
    }
  }

  /** The exact solvers of the plan, in its order. */
  private static List<EquilibriumSolver> exactSolvers(Plan plan, Settings settings) {
    List<String> names =
        plan.names().stream().filter(name -> !APPROXIMATE.containsKey(name)).toList();
    LemkeHowsonSolver lcp =
        new LemkeHowsonSolver(
            LemkeHowsonSolver.Options.DEFAULT.withSinglePathLabel(settings.lcpLabel()));
    return names.stream()
        .map(
            name ->
                switch (name) {
                  case PURE ->
                      new PureEquilibriumSolver(
                          new PureEquilibriumSolver.Options(
                              settings
                                  .maxEquilibria()
                                  .orElse(PureEquilibriumSolver.Options.DEFAULT.maxEquilibria())));
                  case ENUMMIXED -> new EnumMixedSolver(enumMixedOptions(settings));
                  case LCP -> lcp;
                  case LP -> new ZeroSumLpSolver();
                  default ->
                      throw new IllegalStateException("no normal-form solver is named " + name);
                })
        .toList();
  }

  /**
   * The tree solvers that {@code method} names for {@code game}. Without perfect recall only pure
   * equilibria are defined: {@code pure} runs, {@code all} runs {@code pure} alone, and every other
   * method is refused.
   *
   * @throws UsageException for an unknown name, a method that does not apply to trees or to this
   *     tree (no perfect recall; a two-player method on three players; {@code lp} on a tree that is
   *     not constant-sum), or a setting that does not apply to trees (a {@code --subgame-method}
   *     only where {@code spe} solves subgames)
   */
  public static List<TreeSolver> treeSolversFor(String method, ExtensiveGame game) {
    return treeSolversFor(method, game, Settings.DEFAULT);
  }

  private static List<TreeSolver> treeSolversFor(
      String method, ExtensiveGame game, Settings settings) {
    Method m = method(method);
    require(m, GameKind.TREE);
    refuseLcpAndComponents(settings, "game trees");
    refuseDynamicSettings(settings);
    refuseCorrelatedSettings(settings, "game trees");
    refuseSelect(settings, "game trees");
    refuseEnumpolyLimits(settings, "game trees");
    Optional<String> perfectRecallViolation = game.perfectRecallViolation();
    List<String> names;
    if (perfectRecallViolation.isPresent()) {
      // Pure equilibria are all that is defined without perfect recall: pure runs, all runs pure.
      if (!m.name().equals(PURE) && !m.name().equals(ALL)) {
        throw new UsageException(
            "method "
                + m.name()
                + " needs a tree with perfect recall, but "
                + perfectRecallViolation.get()
                + "; --method pure finds the pure equilibria of any tree");
      }
      names = List.of(PURE);
    } else {
      names = treeMethods(m.name(), game);
    }
    String subgameMethod = subgameMethod(settings, names, game);
    return names.stream()
        .map(
            name ->
                switch (name) {
                  case SPE ->
                      new SpeTreeSolver(
                          settings.maxEquilibria().orElse(MAX_TREE_EQUILIBRIA), subgameMethod);
                  case PURE -> ReducedFormTreeSolver.pure();
                  case ENUMMIXED -> ReducedFormTreeSolver.enumMixed();
                  case LCP -> new SequenceFormLcpTreeSolver(SequenceFormLcpSolver.Options.DEFAULT);
                  case LP -> new SequenceFormLpTreeSolver();
                  default -> throw new IllegalStateException("no tree solver is named " + name);
                })
        .toList();
  }

  /** The method of this name, or a usage error listing the names. */
  private static Method method(String name) {
    return METHODS.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "unknown method \""
                        + name
                        + "\"; expected one of "
                        + String.join(", ", new Names())));
  }

  private static void require(Method m, GameKind kind) {
    refuse(!m.appliesTo(kind), notApplicable(m, kind));
  }

  private static String notApplicable(Method m, GameKind kind) {
    String instead =
        switch (kind) {
          case NORMAL_FORM -> "methods for normal-form games: " + namesFor(kind);
          case TREE ->
              "methods for game trees: "
                  + namesFor(kind)
                  + "; for dominance, write the tree's reduced strategic form with 'leverage"
                  + " convert TREE OUT.nfg' and solve that";
          case REPEATED ->
              "a repeated game is analysed by 'leverage repeated' (minmax values, payoff sets,"
                  + " discount thresholds, finite-horizon SPE)";
          case DYNAMIC ->
              "a dynamic game is solved by backward induction (finite horizon) or value iteration"
                  + " (infinite horizon): use --method auto";
        };
    List<String> kinds = m.uses().keySet().stream().map(GameKind::plural).toList();
    String applies =
        kinds.size() == 1
            ? kinds.get(0)
            : String.join(", ", kinds.subList(0, kinds.size() - 1))
                + " and "
                + kinds.get(kinds.size() - 1);
    String refusal =
        namesFor(kind).isEmpty()
            ? "no method of solve applies to " + kind.plural()
            : "method " + m.name() + " applies to " + applies + ", not to " + kind.plural();
    return refusal + "; " + instead;
  }

  private static String namesFor(GameKind kind) {
    return METHODS.stream()
        .filter(m -> m.appliesTo(kind))
        .map(Method::name)
        .collect(Collectors.joining(", "));
  }

  private static void refuse(boolean refused, String message) {
    if (refused) {
      throw new UsageException(message);
    }
  }

  private static void refuseLcpAndComponents(Settings settings, String what) {
    refuse(
        settings.lcpLabel().isPresent(),
        "--label applies to --method lcp on two-player normal-form games, not to " + what);
    refuse(
        settings.components(),
        "--components applies to enummixed on two-player normal-form games, not to " + what);
  }

  private static final String SUBGAME_METHOD_APPLIES =
      "--subgame-method applies to --method spe (or auto, all) on game trees with perfect recall"
          + " and without perfect information";

  private static void refuseSubgameMethod(Settings settings, String what) {
    refuse(settings.subgameMethod().isPresent(), SUBGAME_METHOD_APPLIES + ", not to " + what);
  }

  /**
   * The subgame method {@code spe} uses on {@code game} ({@code auto} unless the settings name
   * one), after checking that a named one exists and applies to the methods that run.
   */
  private static String subgameMethod(Settings settings, List<String> methods, ExtensiveGame game) {
    if (settings.subgameMethod().isEmpty()) {
      return SpeTreeSolver.SUBGAME_METHODS.get(0);
    }
    String name = settings.subgameMethod().get();
    refuse(
        !SpeTreeSolver.SUBGAME_METHODS.contains(name),
        "unknown subgame method \""
            + name
            + "\"; expected one of "
            + String.join(", ", SpeTreeSolver.SUBGAME_METHODS));
    refuse(
        !methods.contains(SPE),
        SUBGAME_METHOD_APPLIES
            + (game.hasPerfectRecall()
                ? "; --method " + String.join(", ", methods) + " does not solve subgames"
                : "; this tree lacks perfect recall, so only pure equilibria are found"));
    SpeTreeSolver.subgameMethodViolation(name, game)
        .ifPresent(
            why -> {
              throw new UsageException(why);
            });
    refuse(
        game.isPerfectInformation(),
        SUBGAME_METHOD_APPLIES
            + "; this tree has perfect information, so spe is backward induction");
    return name;
  }

  private static void refuseEnumpolyLimits(Settings settings, String what) {
    refuse(
        !settings.enumpoly().equals(EnumPolySolver.Options.DEFAULT),
        "--max-supports and --max-unknowns apply to enumpoly on normal-form games, not to " + what);
    refusePathOptions(settings, what);
  }

  private static void refusePathOptions(Settings settings, String what) {
    refuse(
        !settings.simpdiv().equals(SimplicialSubdivisionSolver.Options.DEFAULTS)
            || !settings.gnm().equals(GlobalNewtonSolver.Options.DEFAULTS),
        "--max-refinements, --max-pivots, --max-steps, --seed and --tolerance apply to simpdiv and"
            + " gnm on normal-form games, not to "
            + what);
  }

  private static void refuseMaxEquilibria(Settings settings, String what) {
    refuse(
        settings.maxEquilibria().isPresent(),
        "--max-equilibria applies to pure and enummixed on normal-form games and spe on trees, not"
            + " to "
            + what);
  }

  private static void refuseDynamicSettings(Settings settings) {
    refuse(settings.pathPeriods().isPresent(), "--periods applies to dynamic games");
    refuse(settings.threads().isPresent(), "--threads applies to dynamic games");
    refuse(settings.selection().isPresent(), SELECTION_APPLIES);
  }

  private static final String SELECTION_APPLIES =
      "--selection applies to dynamic games (type: dynamic) with simultaneous timing";

  /** The equilibrium methods {@code name} runs on {@code game}, after checking they apply. */
  private static List<String> normalFormMethods(String name, NormalFormGame game) {
    boolean two = game.numPlayers() == 2;
    return switch (name) {
      case AUTO -> List.of(two ? ENUMMIXED : ENUMPOLY);
      case ALL -> {
        ImmutableList.Builder<String> b = ImmutableList.<String>builder().add(PURE);
        if (two) {
          b.add(ENUMMIXED, LCP);
          if (ZeroSumLpSolver.isConstantSum(game)) {
            b.add(LP);
          }
        } else {
          b.addAll(APPROXIMATE.keySet());
        }
        yield b.build();
      }
      case ENUMMIXED, LCP -> {
        requireTwoPlayers(name, game.numPlayers(), "try --method pure");
        yield List.of(name);
      }
      case LP -> {
        requireTwoPlayers(name, game.numPlayers(), "try --method pure");
        ZeroSumLpSolver.constantSumViolation(game)
            .ifPresent(
                why -> {
                  throw new UsageException(
                      "lp needs a constant-sum game, but "
                          + why
                          + "; try --method enummixed or lcp");
                });
        yield List.of(LP);
      }
      case PURE -> List.of(PURE);
      case DOMINANCE ->
          throw new UsageException(
              "method dominance eliminates strategies and finds no equilibria; choose one of "
                  + "auto, all, pure, enummixed, lcp, lp, enumpoly");
      case CORRELATED ->
          throw new UsageException(
              "method correlated finds correlated, not Nash, equilibria; choose one of "
                  + "auto, all, pure, enummixed, lcp, lp, enumpoly");
      case QRE -> throw new UsageException(QRE_ALONE);
      default -> {
        if (!APPROXIMATE.containsKey(name)) {
          throw new IllegalStateException("not a normal-form method: " + name);
        }
        yield List.of(name);
      }
    };
  }

  /** The tree methods {@code name} runs on {@code game}, after checking they apply. */
  private static List<String> treeMethods(String name, ExtensiveGame game) {
    boolean two = game.numPlayers() == 2;
    return switch (name) {
      case AUTO -> List.of(SPE);
      case ALL -> {
        ImmutableList.Builder<String> b = ImmutableList.<String>builder().add(SPE, PURE);
        if (two) {
          b.add(ENUMMIXED, LCP);
          if (SequenceFormLpSolver.isConstantSum(game)) {
            b.add(LP);
          }
        }
        yield b.build();
      }
      case ENUMMIXED -> {
        requireTwoPlayers(name, game.numPlayers(), "try --method spe or --method pure");
        yield List.of(name);
      }
      case LCP -> {
        requireTwoPlayers(
            "lcp (sequence-form Lemke)", game.numPlayers(), "try --method spe or --method pure");
        yield List.of(name);
      }
      case LP -> {
        requireTwoPlayers(
            "lp (the sequence-form LP)", game.numPlayers(), "try --method spe or --method lcp");
        SequenceFormLpSolver.constantSumViolation(game)
            .ifPresent(
                why -> {
                  throw new UsageException(
                      "lp (the sequence-form LP) needs a constant-sum tree, but "
                          + why
                          + "; try --method lcp or spe");
                });
        yield List.of(LP);
      }
      case SPE, PURE -> List.of(name);
      default -> throw new IllegalStateException("not a tree method: " + name);
    };
  }

  private static void requireTwoPlayers(String method, int players, String advice) {
    TwoPlayerGames.violation(method, players, advice)
        .ifPresent(
            message -> {
              throw new UsageException(message);
            });
  }

  /**
   * The note for a game where only pure equilibria were sought and there are none: every finite
   * game has a mixed equilibrium, so the reader learns which methods find them.
   */
  private static Optional<String> noPureEquilibrium(
      NormalFormGame game,
      List<Solution.NormalForm.Section> sections,
      List<Solution.NormalForm.ApproximateSection> approximate) {
    boolean onlyPure =
        approximate.isEmpty()
            && !sections.isEmpty()
            && sections.stream().allMatch(s -> s.result().method().equals(PURE));
    if (!onlyPure || sections.stream().anyMatch(s -> !s.entries().isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        "no pure-strategy equilibrium exists; every finite game has one in mixed strategies: "
            + (game.numPlayers() == 2
                ? "--method enummixed finds all extreme ones exactly"
                : "--method enumpoly finds every isolated one in floating point"));
  }

  private static Solution.NormalForm.Section section(
      NormalFormGame game,
      EquilibriumSolver.Result result,
      boolean components,
      Optional<Criterion> criterion) {
    return new Solution.NormalForm.Section(
        result,
        result.equilibria().stream()
            .map(p -> EquilibriumEntry.of(game, p))
            .collect(ImmutableList.toImmutableList()),
        components && result.method().equals(ENUMMIXED)
            ? MaximalNashSubsets.of(result.equilibria())
            : List.of(),
        criterion.map(c -> c.select(game, result.equilibria())));
  }

  /** {@code --method correlated}: the optima, or the check of the given distribution. */
  private static Solution correlated(NormalFormGame game, Settings settings) {
    refuseLcpAndComponents(settings, "correlated equilibria");
    refuseDynamicSettings(settings);
    refuseSubgameMethod(settings, "normal-form games");
    refuseSelect(settings, "correlated equilibria");
    if (settings.check().isPresent()) {
      refuse(
          settings.maxLpSize().isPresent(),
          "--max-lp-size limits the linear programs of --method correlated, and --check solves"
              + " none: drop one of them");
      CorrelatedDistribution d = settings.check().get();
      refuse(
          !d.fits(game),
          "--check: the distribution has "
              + d.probabilities().size()
              + " cells but the game has "
              + game.numCells());
      return Solution.Correlated.checked(game, IncentiveCheck.of(game, d));
    }
    long limit =
        settings.maxLpSize().orElse(CorrelatedEquilibriumSolver.Options.DEFAULT.maxLpEntries());
    refuse(limit < 1, "--max-lp-size must be at least 1 but was " + limit);
    return Solution.Correlated.optimised(
        game,
        new CorrelatedEquilibriumSolver(new CorrelatedEquilibriumSolver.Options(limit))
            .solve(game, settings.watch()));
  }

  private static void refuseCorrelatedSettings(Settings settings, String what) {
    refuse(
        settings.check().isPresent(),
        "--check applies to --method correlated on normal-form games, not to " + what);
    refuse(
        settings.maxLpSize().isPresent(),
        "--max-lp-size applies to --method correlated on normal-form games, not to " + what);
  }

  private static void refuseSelect(Settings settings, String what) {
    refuse(
        settings.select().isPresent(),
        "--select applies to the equilibrium methods of normal-form games (auto, all, pure,"
            + " enummixed, lcp, lp), not to "
            + what);
  }

  /** The stage selection rule of this name, or the default; a usage error for an unknown name. */
  private static StageSelection selection(Optional<String> name) {
    if (name.isEmpty()) {
      return StageSelection.FIRST_UNDOMINATED;
    }
    StageSelection rule = SELECTIONS.get(name.get());
    refuse(
        rule == null,
        "--selection must be "
            + String.join(" or ", SELECTIONS.keySet())
            + " but was "
            + name.get());
    return rule;
  }

  private static DynamicResult solveDynamic(Problem.Dynamic p, Settings settings) {
    refuseLcpAndComponents(settings, "dynamic games");
    refuseEnumpolyLimits(settings, "dynamic games");
    refuseMaxEquilibria(settings, "dynamic games");
    refuseSubgameMethod(settings, "dynamic games");
    refuseCorrelatedSettings(settings, "dynamic games");
    refuseSelect(settings, "dynamic games (their stage games select by --selection)");
    refuse(
        settings.pathPeriods().isPresent() && !p.infinite(),
        "--periods sets the length of the expected path of an infinite-horizon game; this game"
            + " has a finite horizon and its path covers it");
    int periods = settings.pathPeriods().orElse(DEFAULT_PATH_PERIODS);
    int threads = settings.threads().orElse(1);
    refuse(
        periods < 1 || threads < 1,
        "--periods and --threads must be at least 1 but were " + periods + " and " + threads);
    refuse(
        settings.selection().isPresent() && p.timing() != Timing.SIMULTANEOUS,
        SELECTION_APPLIES + "; this game has leader-follower timing");
    refuse(
        settings.exact() && p.infinite(),
        "--exact solves finite horizons by exact backward induction; value iteration for"
            + " horizon: infinite runs in double: drop --exact");
    // Ties within the tolerance, each listed: a difference of one rounding error does not decide.
    DynamicSolverOptions options =
        DynamicSolverOptions.of(p.timing())
            .withThreads(threads)
            .withTieRule(TieRule.TOLERANCE)
            .withSelection(selection(settings.selection()))
            .withWatch(settings.watch());
    if (p.infinite()) {
      return DynamicResult.stationary(
          p.title(),
          p.game(),
          new ValueIterationSolver(options, p.tolerance(), p.maxIterations()).solve(p.game()),
          p.initialDistribution(),
          periods);
    }
    DynamicSolution solution =
        settings.exact()
            ? new ExactBackwardInductionSolver(options, ExactBackwardInductionSolver.Limits.DEFAULT)
                .solve(p.game())
            : new BackwardInductionSolver(options).solve(p.game());
    return DynamicResult.finite(p.title(), p.game(), solution, p.initialDistribution());
  }
}
