package org.leverage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.SampleStats;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Regime;
import org.leverage.model.Scenario;

/**
 * Renders a Monte Carlo summary of {@code leverage sensitivity --montecarlo N} (and its Sobol
 * indices when asked for) as text, as the JSON members {@code montecarlo} and {@code sobol}, and as
 * the report's CSV files. The text's tables are built once here and laid out again by the report's
 * page ({@link MonteCarloReport}).
 */
public final class MonteCarloRenderer {

  private final FixedDecimals numbers;

  public MonteCarloRenderer(FixedDecimals numbers) {
    this.numbers = numbers;
  }

  /** The terminal summary. */
  public String text(String scenario, MonteCarloSummary mc, Optional<SobolIndices> sobol) {
    StringBuilder out = new StringBuilder();
    out.append(runLine(scenario, mc)).append("\n\n");
    out.append(PREFERRED_CAPTION).append('\n');
    out.append(preferredTable(mc).render("  "));
    out.append('\n').append(ADVANTAGE_CAPTION).append('\n');
    out.append(advantageTable(mc).render("  "));
    out.append('\n').append(LOSS_CAPTION).append('\n');
    out.append(lossTable(mc).render("  "));
    if (sobol.isPresent()) {
      SobolIndices s = sobol.get();
      out.append('\n').append(sobolCaption(s)).append('\n');
      out.append(sobolTable(mc, s, parameterOrder(mc)).render("  "));
    }
    return out.toString();
  }

  /** The caption of {@link #preferredTable}. */
  static final String PREFERRED_CAPTION =
      "Preferred regime (US payoff, STRATEGIC_DEPENDENCY against FULL_DECOUPLING)";

  /** The caption of {@link #advantageTable}. */
  static final String ADVANTAGE_CAPTION = "US advantage of STRATEGIC_DEPENDENCY (USD bn)";

  /** The caption of {@link #lossTable}. */
  static final String LOSS_CAPTION =
      "Expected loss of committing to each regime (USD bn, against the best of the four)";

  /** {@code Monte Carlo of NAME: N draws (METHOD sampling, seed S) of K uncertain parameters}. */
  static String runLine(String scenario, MonteCarloSummary mc) {
    return String.format(
        Locale.ROOT,
        "Monte Carlo of %s: %d draws (%s sampling, seed %d) of %d uncertain parameters",
        scenario,
        mc.run().n(),
        mc.run().method().token(),
        mc.run().seed(),
        mc.run().parameters().size());
  }

  /** Draws and probability of each verdict: STRATEGIC_DEPENDENCY, FULL_DECOUPLING, tie. */
  TextTable preferredTable(MonteCarloSummary mc) {
    int n = mc.run().n();
    TextTable preferred =
        new TextTable(List.of("regime", "draws", "probability"), false, true, true);
    preferred.row(
        "STRATEGIC_DEPENDENCY",
        count(mc.strategicDependency()),
        share(mc.strategicDependency(), n));
    preferred.row("FULL_DECOUPLING", count(mc.fullDecoupling()), share(mc.fullDecoupling(), n));
    preferred.row("tie", count(mc.ties()), share(mc.ties(), n));
    return preferred;
  }

  /** The US advantage's mean, sd, min, quantiles and max. */
  TextTable advantageTable(MonteCarloSummary mc) {
    TextTable adv = new TextTable(List.of("statistic", "value"), false, true);
    for (Statistic s : advantageStatistics(mc)) {
      adv.row(s.name(), numbers.format(s.value()));
    }
    return adv;
  }

  /** Per regime: the expected loss of committing to it and its mean US and China payoffs. */
  TextTable lossTable(MonteCarloSummary mc) {
    TextTable loss =
        new TextTable(
            List.of("regime", "expected loss", "mean US", "mean China"), false, true, true, true);
    for (Map.Entry<Regime, Double> e : mc.expectedLoss().entrySet()) {
      loss.row(
          e.getKey().name(),
          numbers.format(e.getValue()),
          numbers.format(mc.us().get(e.getKey()).mean()),
          numbers.format(mc.china().get(e.getKey()).mean()));
    }
    return loss;
  }

  /** The caption of {@link #sobolTable}: the design, the estimators and the intervals. */
  static String sobolCaption(SobolIndices s) {
    return String.format(
        Locale.ROOT,
        "Sobol indices of the US advantage (Saltelli design, N = %d; Jansen estimators;"
            + " %d bootstrap resamples, %.0f %% intervals)",
        s.n(),
        s.resamples(),
        100 * s.level());
  }

  /**
   * Each parameter's first-order and total index with their intervals, one row per parameter in the
   * order {@code order} gives (indices into the run's parameters).
   */
  TextTable sobolTable(MonteCarloSummary mc, SobolIndices s, List<Integer> order) {
    TextTable t =
        new TextTable(
            List.of("parameter", "first order", "interval", "total", "interval"),
            false,
            true,
            true,
            true,
            true);
    List<ParameterKey> keys = mc.run().parameters();
    for (int i : order) {
      SobolIndices.Index x = s.indices().get(i);
      t.row(
          keys.get(i).key(),
          numbers.format(x.first()),
          interval(x.firstInterval()),
          numbers.format(x.total()),
          interval(x.totalInterval()));
    }
    return t;
  }

  /** The run's parameters in their own order: 0, 1, ..., k - 1. */
  static List<Integer> parameterOrder(MonteCarloSummary mc) {
    return IntStream.range(0, mc.run().parameters().size()).boxed().toList();
  }

  /**
   * The run's parameters by decreasing total index, equal totals in their own order (the order of
   * the Sobol chart).
   */
  static List<Integer> byTotal(SobolIndices s) {
    return IntStream.range(0, s.indices().size())
        .boxed()
        .sorted(
            Comparator.comparingDouble((Integer i) -> s.indices().get(i).total())
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * The run's uncertain parameters: each one's value in the scenario, its plausible range and the
   * distribution it is drawn from.
   */
  static TextTable parametersTable(Scenario scenario, MonteCarloSummary mc) {
    TextTable t =
        new TextTable(
            List.of("parameter", "value", "low", "high", "distribution"),
            false,
            true,
            true,
            true,
            false);
    for (ParameterKey k : mc.run().parameters()) {
      ParameterSpec p = scenario.spec(k);
      t.row(
          k.key(),
          SensitivityRenderer.value(p.value()),
          SensitivityRenderer.value(p.low()),
          SensitivityRenderer.value(p.high()),
          p.distribution().map(MonteCarloRenderer::describe).orElse("none (held at its value)"));
    }
    return t;
  }

  /**
   * A distribution as the scenario file writes it: its type and its numbers by their names in the
   * file, e.g. {@code triangular (low 0.08, mode 0.18, high 0.35)}.
   */
  static String describe(Distribution d) {
    List<String> parts = new ArrayList<>();
    d.numbers().forEach((name, x) -> parts.add(name + " " + SensitivityRenderer.value(x)));
    return d.type() + " (" + String.join(", ", parts) + ")";
  }

  /** A named statistic of the US advantage. */
  private record Statistic(String name, String column, double value) {}

  /** Mean, sd, min, the quantiles and max of the US advantage, in that order. */
  private static List<Statistic> advantageStatistics(MonteCarloSummary mc) {
    SampleStats a = mc.advantage();
    List<Statistic> out = new ArrayList<>();
    out.add(new Statistic("mean", "mean", a.mean()));
    out.add(new Statistic("sd", "sd", a.sd()));
    out.add(new Statistic("min", "min", a.min()));
    for (MonteCarloSummary.Quantile q : mc.advantageQuantiles()) {
      double percent = 100 * q.probability();
      out.add(
          new Statistic(
              String.format(Locale.ROOT, "%.0f %% quantile", percent),
              "q" + SensitivityRenderer.value(percent),
              q.value()));
    }
    out.add(new Statistic("max", "max", a.max()));
    return out;
  }

  /**
   * The JSON object with members {@code scenario}, {@code montecarlo} and optionally {@code sobol}.
   */
  public String json(String scenario, MonteCarloSummary mc, Optional<SobolIndices> sobol) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", scenario);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("draws", mc.fullDecoupling() + mc.strategicDependency() + mc.ties());
    m.put("method", mc.run().method().token());
    m.put("seed", mc.run().seed());
    m.put("parameters", mc.run().parameters().stream().map(ParameterKey::key).toList());
    Map<String, Object> preferred = new LinkedHashMap<>();
    preferred.put("STRATEGIC_DEPENDENCY", mc.strategicDependency());
    preferred.put("FULL_DECOUPLING", mc.fullDecoupling());
    preferred.put("TIE", mc.ties());
    m.put("preferred_counts", preferred);
    m.put("advantage", stats(mc.advantage()));
    List<Object> quantiles = new ArrayList<>();
    for (MonteCarloSummary.Quantile q : mc.advantageQuantiles()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("probability", q.probability());
      one.put("value", q.value());
      quantiles.add(one);
    }
    m.put("advantage_quantiles", quantiles);
    Map<String, Object> histogram = new LinkedHashMap<>();
    histogram.put("min", mc.advantageHistogram().min());
    histogram.put("max", mc.advantageHistogram().max());
    histogram.put("counts", mc.advantageHistogram().counts());
    histogram.put("below", mc.advantageHistogram().below());
    histogram.put("above", mc.advantageHistogram().above());
    m.put("advantage_histogram", histogram);
    Map<String, Object> loss = new LinkedHashMap<>();
    mc.expectedLoss().forEach((r, v) -> loss.put(r.name(), v));
    m.put("expected_loss", loss);
    root.put("montecarlo", m);
    sobol.ifPresent(
        s -> {
          Map<String, Object> so = new LinkedHashMap<>();
          so.put("n", s.n());
          so.put("resamples", s.resamples());
          so.put("level", s.level());
          Map<String, Object> byKey = new LinkedHashMap<>();
          List<ParameterKey> keys = mc.run().parameters();
          for (int i = 0; i < keys.size(); i++) {
            SobolIndices.Index x = s.indices().get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("first", x.first());
            one.put("first_interval", List.of(x.firstInterval().low(), x.firstInterval().high()));
            one.put("total", x.total());
            one.put("total_interval", List.of(x.totalInterval().low(), x.totalInterval().high()));
            byKey.put(keys.get(i).key(), one);
          }
          so.put("indices", byKey);
          root.put("sobol", so);
        });
    return Json.write(root);
  }

  // ---------------------------------------------------------------- CSV

  /** The CSV of the advantage's histogram: {@code bin_low,bin_high,count}, one row per bin. */
  public static final String HISTOGRAM_CSV = "montecarlo-histogram.csv";

  /**
   * The CSV of the regimes: {@code regime, draws_preferred, probability_preferred, expected_loss},
   * then the mean and sd of the US payoff, the China payoff and the final self-sufficiency; one row
   * per regime. Only STRATEGIC_DEPENDENCY and FULL_DECOUPLING have the two preference columns
   * (empty for the others); exact ties are the draws left over.
   */
  public static final String REGIMES_CSV = "montecarlo-regimes.csv";

  /** The CSV of the advantage's statistics: {@code statistic,value}, mean to max. */
  public static final String ADVANTAGE_CSV = "montecarlo-advantage.csv";

  /**
   * The CSV of the Sobol indices: {@code
   * parameter,first,first_low,first_high,total,total_low,total_high}, one row per parameter.
   */
  public static final String SOBOL_CSV = "sobol.csv";

  /** The histogram of the US advantage as {@link #HISTOGRAM_CSV}. */
  public String histogramCsv(MonteCarloSummary mc) {
    MonteCarloSummary.Histogram h = mc.advantageHistogram();
    Csv csv = new Csv().row("bin_low", "bin_high", "count");
    csv.row("-inf", numbers.format(h.min()), Integer.toString(h.below()));
    for (int j = 0; j < h.counts().size(); j++) {
      csv.row(
          numbers.format(h.edge(j)),
          numbers.format(h.edge(j + 1)),
          Integer.toString(h.counts().get(j)));
    }
    csv.row(numbers.format(h.max()), "inf", Integer.toString(h.above()));
    return csv.toString();
  }

  /** The regimes as {@link #REGIMES_CSV}; what {@code --format csv} prints. */
  public String regimesCsv(MonteCarloSummary mc) {
    Csv csv =
        new Csv()
            .row(
                "regime",
                "draws_preferred",
                "probability_preferred",
                "expected_loss",
                "us_mean",
                "us_sd",
                "china_mean",
                "china_sd",
                "final_self_sufficiency_mean",
                "final_self_sufficiency_sd");
    for (Map.Entry<Regime, Double> e : mc.expectedLoss().entrySet()) {
      Regime g = e.getKey();
      OptionalInt draws =
          switch (g) {
            case STRATEGIC_DEPENDENCY -> OptionalInt.of(mc.strategicDependency());
            case FULL_DECOUPLING -> OptionalInt.of(mc.fullDecoupling());
            case OPEN, EQUILIBRIUM -> OptionalInt.empty();
          };
      csv.row(
          g.name(),
          draws.isPresent() ? count(draws.getAsInt()) : "",
          draws.isPresent()
              ? SensitivityRenderer.exact(draws.getAsInt() / (double) mc.run().n())
              : "",
          numbers.format(e.getValue()),
          numbers.format(mc.us().get(g).mean()),
          numbers.format(mc.us().get(g).sd()),
          numbers.format(mc.china().get(g).mean()),
          numbers.format(mc.china().get(g).sd()),
          numbers.format(mc.finalSelfSufficiency().get(g).mean()),
          numbers.format(mc.finalSelfSufficiency().get(g).sd()));
    }
    return csv.toString();
  }

  /** The statistics of the US advantage as {@link #ADVANTAGE_CSV}. */
  public String advantageCsv(MonteCarloSummary mc) {
    Csv csv = new Csv().row("statistic", "value");
    for (Statistic s : advantageStatistics(mc)) {
      csv.row(s.column(), numbers.format(s.value()));
    }
    return csv.toString();
  }

  /** The Sobol indices as {@link #SOBOL_CSV}, in the run's parameter order. */
  public String sobolCsv(MonteCarloSummary mc, SobolIndices s) {
    Csv csv =
        new Csv()
            .row(
                "parameter",
                "first",
                "first_low",
                "first_high",
                "total",
                "total_low",
                "total_high");
    List<ParameterKey> keys = mc.run().parameters();
    for (int i = 0; i < keys.size(); i++) {
      SobolIndices.Index x = s.indices().get(i);
      csv.row(
          keys.get(i).key(),
          numbers.format(x.first()),
          numbers.format(x.firstInterval().low()),
          numbers.format(x.firstInterval().high()),
          numbers.format(x.total()),
          numbers.format(x.totalInterval().low()),
          numbers.format(x.totalInterval().high()));
    }
    return csv.toString();
  }

  private static Map<String, Object> stats(SampleStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean", s.mean());
    m.put("sd", s.sd());
    m.put("min", s.min());
    m.put("max", s.max());
    return m;
  }

  private String interval(SobolIndices.Interval i) {
    return "[" + numbers.format(i.low()) + ", " + numbers.format(i.high()) + "]";
  }

  private static String count(int k) {
    return Integer.toString(k);
  }

  private static String share(int k, int n) {
    return String.format(Locale.ROOT, "%.4f", (double) k / n);
  }
}
