package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.sensitivity.MonteCarloSummary;
import org.leverage.analysis.sensitivity.SampleStats;
import org.leverage.analysis.sensitivity.SobolIndices;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

/**
 * Renders a Monte Carlo summary of {@code leverage sensitivity --montecarlo N} (and its Sobol
 * indices when asked for) as text and as the JSON members {@code montecarlo} and {@code sobol}.
 */
public final class MonteCarloRenderer {

  private final FixedDecimals numbers;

  public MonteCarloRenderer(FixedDecimals numbers) {
    this.numbers = numbers;
  }

  /** The terminal summary. */
  public String text(String scenario, MonteCarloSummary mc, Optional<SobolIndices> sobol) {
    StringBuilder out = new StringBuilder();
    int n = mc.fullDecoupling() + mc.strategicDependency() + mc.ties();
    out.append(
        String.format(
            Locale.ROOT,
            "Monte Carlo of %s: %d draws (%s sampling, seed %d) of %d uncertain parameters%n%n",
            scenario,
            n,
            mc.run().method().token(),
            mc.run().seed(),
            mc.run().parameters().size()));
    out.append("Preferred regime (US payoff, STRATEGIC_DEPENDENCY against FULL_DECOUPLING)\n");
    TextTable preferred =
        new TextTable(List.of("regime", "draws", "probability"), false, true, true);
    preferred.row(
        "STRATEGIC_DEPENDENCY",
        count(mc.strategicDependency()),
        share(mc.strategicDependency(), n));
    preferred.row("FULL_DECOUPLING", count(mc.fullDecoupling()), share(mc.fullDecoupling(), n));
    preferred.row("tie", count(mc.ties()), share(mc.ties(), n));
    out.append(preferred.render("  "));
    out.append("\nUS advantage of STRATEGIC_DEPENDENCY (USD bn)\n");
    TextTable adv = new TextTable(List.of("statistic", "value"), false, true);
    SampleStats a = mc.advantage();
    adv.row("mean", numbers.format(a.mean()));
    adv.row("sd", numbers.format(a.sd()));
    adv.row("min", numbers.format(a.min()));
    for (MonteCarloSummary.Quantile q : mc.advantageQuantiles()) {
      adv.row(
          String.format(Locale.ROOT, "%.0f %% quantile", 100 * q.probability()),
          numbers.format(q.value()));
    }
    adv.row("max", numbers.format(a.max()));
    out.append(adv.render("  "));
    out.append(
        "\nExpected loss of committing to each regime (USD bn, against the best of the four)\n");
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
    out.append(loss.render("  "));
    if (sobol.isPresent()) {
      SobolIndices s = sobol.get();
      out.append(
          String.format(
              Locale.ROOT,
              "%nSobol indices of the US advantage (Saltelli design, N = %d; Jansen estimators;"
                  + " %d bootstrap resamples, %.0f %% intervals)%n",
              s.n(),
              s.resamples(),
              100 * s.level()));
      TextTable t =
          new TextTable(
              List.of("parameter", "first order", "interval", "total", "interval"),
              false,
              true,
              true,
              true,
              true);
      List<ParameterKey> keys = mc.run().parameters();
      for (int i = 0; i < keys.size(); i++) {
        SobolIndices.Index x = s.indices().get(i);
        t.row(
            keys.get(i).key(),
            numbers.format(x.first()),
            interval(x.firstInterval()),
            numbers.format(x.total()),
            interval(x.totalInterval()));
      }
      out.append(t.render("  "));
    }
    return out.toString();
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
