package org.leverage.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.catalog.QreSolution;
import org.leverage.solve.qre.LogitBranch;
import org.leverage.solve.qre.LogitFit;

/**
 * Renders what {@code solve --method qre} found ({@link QreSolution}) as text, JSON or CSV.
 * Probabilities and lambdas are printed with a fixed number of decimals ({@link FixedDecimals}: six
 * unless {@code --decimals} says), regrets and log-likelihoods in scientific or fixed notation as
 * their size needs; JSON numbers are JSON numbers at full double precision.
 *
 * <p>CSV: one header line and one row per profile. The columns after the first are the
 * probabilities, named {@code PLAYER:STRATEGY}, player by player in file order. The first columns
 * are {@code regret} (the limit), {@code lambda} ({@code --lambda}, {@code --branch}) or {@code
 * lambda,log_likelihood} ({@code --fit}).
 */
public final class QreRenderer {

  private final FixedDecimals decimals;
  private final OutputFormat format;

  public QreRenderer(NumberFormat numbers, OutputFormat format) {
    this.decimals = FixedDecimals.of(numbers);
    this.format = format;
  }

  public String render(String source, QreSolution solution) {
    return switch (format) {
      case text -> text(source, solution);
      case json -> Json.write(json(source, solution));
      case csv -> csv(solution);
    };
  }

  private String text(String source, QreSolution solution) {
    NormalFormGame game = solution.game();
    StringBuilder out = new StringBuilder();
    out.append(Shapes.headline(source, game)).append("\n\n");
    out.append(
        solution.accept(
            new QreSolution.Visitor<String>() {
              @Override
              public String limit(QreSolution.Limit l) {
                ApproximateSolver.Equilibrium e = l.result().equilibria().get(0);
                return "Method: qre (floating point): the limit of the principal logit branch\n"
                    + strategyTable(game, List.of("probability"), List.of(e.profile()))
                    + "  regret: "
                    + scientific(e.regret())
                    + " (accepted below "
                    + scientific(l.result().tolerance())
                    + "); steps: "
                    + l.result().counters().get("steps")
                    + "\n";
              }

              @Override
              public String atLambdas(QreSolution.AtLambdas a) {
                return "Logit QRE of the principal branch at each lambda\n"
                    + pointTable(game, a.points());
              }

              @Override
              public String branch(QreSolution.Branch b) {
                return "Principal logit branch: "
                    + b.trace().points().size()
                    + " points, "
                    + ending(b.trace())
                    + "\n"
                    + pointTable(game, b.trace().points());
              }

              @Override
              public String fit(QreSolution.Fit f) {
                LogitFit.Estimate e = f.estimate();
                return "Maximum-likelihood logit fit: lambda = "
                    + decimals.format(e.lambda())
                    + ", log-likelihood = "
                    + general(e.logLikelihood())
                    + "\n"
                    + (e.atMaxLambda()
                        ? "  (the likelihood had not begun to fall at the largest lambda traced:"
                            + " play is fit best by the limit)\n"
                        : "")
                    + strategyTable(
                        game,
                        List.of("observed", "fitted"),
                        List.of(frequencies(f.counts()), e.profile()));
              }
            }));
    return out.toString();
  }

  private static String ending(LogitBranch.Trace trace) {
    return switch (trace.end()) {
      case REGRET -> "ended where the regret fell below " + scientific(trace.tolerance());
      case MAX_LAMBDA -> "ended at the largest lambda";
      case STEP_SIZE -> "ended where no further step could be taken (a degenerate game)";
      case STEP_LIMIT -> "ended at the step limit";
    };
  }

  /** One row per strategy, one probability column per profile. */
  private String strategyTable(
      NormalFormGame game, List<String> columns, List<DecimalProfile> profiles) {
    List<String> header = new ArrayList<>(List.of("player", "strategy"));
    header.addAll(columns);
    boolean[] right = new boolean[header.size()];
    for (int c = 2; c < right.length; c++) {
      right[c] = true;
    }
    TextTable t = new TextTable(header, right);
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int s = 0; s < game.numStrategies(p); s++) {
        List<String> row = new ArrayList<>();
        row.add(s == 0 ? Shapes.playerName(game, p) : "");
        row.add(Shapes.strategyName(game, p, s));
        for (DecimalProfile profile : profiles) {
          row.add(decimals.format(profile.probability(p, s)));
        }
        t.row(row.toArray(String[]::new));
      }
    }
    return t.render("  ");
  }

  /** One row per point: lambda, then every probability. */
  private String pointTable(NormalFormGame game, List<LogitBranch.Point> points) {
    List<String> header = new ArrayList<>(List.of("lambda"));
    header.addAll(Shapes.strategyColumns(game));
    boolean[] right = new boolean[header.size()];
    Arrays.fill(right, true);
    TextTable t = new TextTable(header, right);
    for (LogitBranch.Point point : points) {
      List<String> row = new ArrayList<>();
      row.add(decimals.format(point.lambda()));
      for (double x : point.profile().flatten()) {
        row.add(decimals.format(x));
      }
      t.row(row.toArray(String[]::new));
    }
    return t.render("  ");
  }

  private String csv(QreSolution solution) {
    NormalFormGame game = solution.game();
    Csv csv = new Csv();
    List<String> header = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    solution.accept(
        new QreSolution.Visitor<Void>() {
          @Override
          public Void limit(QreSolution.Limit l) {
            header.add("regret");
            ApproximateSolver.Equilibrium e = l.result().equilibria().get(0);
            rows.add(row(List.of(scientific(e.regret())), e.profile()));
            return null;
          }

          @Override
          public Void atLambdas(QreSolution.AtLambdas a) {
            header.add("lambda");
            a.points()
                .forEach(p -> rows.add(row(List.of(decimals.format(p.lambda())), p.profile())));
            return null;
          }

          @Override
          public Void branch(QreSolution.Branch b) {
            header.add("lambda");
            b.trace()
                .points()
                .forEach(p -> rows.add(row(List.of(decimals.format(p.lambda())), p.profile())));
            return null;
          }

          @Override
          public Void fit(QreSolution.Fit f) {
            header.addAll(List.of("lambda", "log_likelihood"));
            LogitFit.Estimate e = f.estimate();
            rows.add(
                row(List.of(decimals.format(e.lambda()), general(e.logLikelihood())), e.profile()));
            return null;
          }
        });
    header.addAll(Shapes.strategyColumns(game));
    csv.row(header);
    rows.forEach(csv::row);
    return csv.toString();
  }

  private List<String> row(List<String> first, DecimalProfile profile) {
    List<String> row = new ArrayList<>(first);
    for (double x : profile.flatten()) {
      row.add(decimals.format(x));
    }
    return row;
  }

  private static Map<String, Object> json(String source, QreSolution solution) {
    NormalFormGame game = solution.game();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("source", source);
    root.put("title", game.title());
    List<Object> players = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      Map<String, Object> player = new LinkedHashMap<>();
      player.put("name", Shapes.playerName(game, p));
      List<String> strategies = new ArrayList<>();
      for (int s = 0; s < game.numStrategies(p); s++) {
        strategies.add(Shapes.strategyName(game, p, s));
      }
      player.put("strategies", strategies);
      players.add(player);
    }
    root.put("players", players);
    root.put("method", "qre");
    root.putAll(
        solution.accept(
            new QreSolution.Visitor<Map<String, Object>>() {
              @Override
              public Map<String, Object> limit(QreSolution.Limit l) {
                ApproximateSolver.Equilibrium e = l.result().equilibria().get(0);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "limit");
                m.put("tolerance", l.result().tolerance());
                m.put("counters", l.result().counters());
                Map<String, Object> eq = new LinkedHashMap<>();
                eq.put("profile", e.profile().strategies());
                eq.put("regret", e.regret());
                m.put("equilibria", List.of(eq));
                return m;
              }

              @Override
              public Map<String, Object> atLambdas(QreSolution.AtLambdas a) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "lambdas");
                m.put("points", points(a.points()));
                return m;
              }

              @Override
              public Map<String, Object> branch(QreSolution.Branch b) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "branch");
                m.put("end", b.trace().end().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                m.put("tolerance", b.trace().tolerance());
                m.put("points", points(b.trace().points()));
                return m;
              }

              @Override
              public Map<String, Object> fit(QreSolution.Fit f) {
                LogitFit.Estimate e = f.estimate();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "fit");
                m.put("lambda", e.lambda());
                m.put("logLikelihood", e.logLikelihood());
                m.put("atMaxLambda", e.atMaxLambda());
                m.put("counts", f.counts().counts());
                m.put("profile", e.profile().strategies());
                return m;
              }
            }));
    return root;
  }

  private static List<Object> points(List<LogitBranch.Point> points) {
    List<Object> out = new ArrayList<>();
    for (LogitBranch.Point p : points) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lambda", p.lambda());
      m.put("profile", p.profile().strategies());
      out.add(m);
    }
    return out;
  }

  private static DecimalProfile frequencies(LogitFit.Counts counts) {
    double[][] f = new double[counts.counts().size()][];
    for (int p = 0; p < f.length; p++) {
      List<Double> row = counts.counts().get(p);
      double total = row.stream().mapToDouble(Double::doubleValue).sum();
      f[p] = new double[row.size()];
      for (int s = 0; s < f[p].length; s++) {
        // A player never observed is shown as uniform: its row does not enter the likelihood.
        f[p][s] = total > 0 ? row.get(s) / total : 1.0 / f[p].length;
      }
    }
    return DecimalProfile.normalised(f);
  }

  private static String scientific(double x) {
    return x == 0 ? "0" : String.format(Locale.ROOT, "%.3e", x);
  }

  private static String general(double x) {
    return Math.abs(x) >= 1e-3 || x == 0
        ? String.format(Locale.ROOT, "%.6f", x)
        : String.format(Locale.ROOT, "%.6e", x);
  }
}
