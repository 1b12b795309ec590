package org.leverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.RegimeComparison;
import org.leverage.analysis.Verdict;
import org.leverage.model.ParameterKey;
import org.leverage.model.Parameters;
import org.leverage.model.PathPoint;
import org.leverage.model.PayoffComponents;
import org.leverage.model.Regime;
import org.leverage.model.RegimeOutcome;
import org.leverage.numeric.Tolerance;

/**
 * Renders a {@link RegimeComparison} as text (verdict, payoff table, paths), JSON (the documented
 * contract of {@code leverage compare --format json}) and CSV (the expected paths). Numbers are
 * printed with {@link Locale#ROOT}; the same comparison always gives the same bytes.
 */
public final class CompareRenderer {

  /** The years at which the leverage left is reported. */
  static final double[] LEVERAGE_YEARS = {5, 10};

  /** What {@link #payoffTable} shows. */
  static final String PAYOFF_CAPTION = "Discounted expected payoffs (USD bn) and their terms";

  /** What {@link #leverageTable} shows. */
  static final String LEVERAGE_CAPTION =
      "Leverage left: theta W S_t E[f e] (USD bn per crisis period) and E[f e] / (f0 e0)";

  private static final String[] PATH_COLUMNS = {
    "regime",
    "period",
    "year",
    "self_sufficiency",
    "chokepoint",
    "crisis_probability",
    "p_open",
    "p_targeted",
    "p_full",
    "p_indigenize",
    "commercial_reach",
    "military_reach",
    "leverage",
    "leverage_share",
    "us_payoff",
    "china_payoff"
  };

  private final FixedDecimals numbers;

  public CompareRenderer(FixedDecimals numbers) {
    this.numbers = numbers;
  }

  /** The terminal report: the verdict in words, then the figures behind it. */
  public String text(RegimeComparison c) {
    StringBuilder out = new StringBuilder();
    out.append("Scenario: ")
        .append(c.scenario().name())
        .append(c.scenario().title().isEmpty() ? "" : " - " + c.scenario().title())
        .append('\n');
    out.append(modelLine(c)).append("\n\n");
    out.append("Verdict\n");
    for (String line : verdictLines(c)) {
      out.append("  ").append(line).append('\n');
    }
    out.append('\n').append(PAYOFF_CAPTION).append('\n');
    out.append(payoffTable(c).render("  "));
    out.append('\n').append(LEVERAGE_CAPTION).append('\n');
    out.append(leverageTable(c).render("  "));
    for (RegimeOutcome o : c.outcomes()) {
      out.append("\nExpected path: ").append(o.regime().name()).append('\n');
      TextTable path =
          new TextTable(
              List.of(
                  "year",
                  "s",
                  "e",
                  "P(crisis)",
                  "P(OPEN)",
                  "P(TARGETED)",
                  "P(FULL)",
                  "P(INDIGENIZE)",
                  "Kc",
                  "Km",
                  "leverage"),
              true,
              true,
              true,
              true,
              true,
              true,
              true,
              true,
              true,
              true,
              true);
      for (PathPoint pt : o.path()) {
        Optional<PathPoint.Play> play = pt.play();
        path.row(
            plain(pt.year()),
            numbers.format(pt.selfSufficiency()),
            numbers.format(pt.chokepoint()),
            numbers.format(pt.crisisProbability()),
            play.map(x -> numbers.format(x.open())).orElse("-"),
            play.map(x -> numbers.format(x.targeted())).orElse("-"),
            play.map(x -> numbers.format(x.full())).orElse("-"),
            play.map(x -> numbers.format(x.indigenize())).orElse("-"),
            play.map(x -> numbers.format(x.commercialReach())).orElse("-"),
            play.map(x -> numbers.format(x.militaryReach())).orElse("-"),
            numbers.format(pt.leverage()));
      }
      out.append(path.render("  "));
    }
    return out.toString();
  }

  /**
   * The line under the scenario's name: model, horizon, grid and start state, e.g. {@code Model:
   * reference-v1; 20 periods of 0.5 years; ...}.
   */
  String modelLine(RegimeComparison c) {
    Parameters p = c.parameters();
    return String.format(
        Locale.ROOT,
        "Model: %s; %d periods of %s years; grid %d x %d; start (s = %s, e = %s, calm)",
        c.scenario().model(),
        p.integer(ParameterKey.HORIZON_PERIODS),
        plain(p.get(ParameterKey.PERIOD_YEARS)),
        p.integer(ParameterKey.GRID_S),
        p.integer(ParameterKey.GRID_E),
        plain(p.get(ParameterKey.SELF_SUFFICIENCY0)),
        plain(p.get(ParameterKey.CHOKEPOINT0)));
  }

  /** Both players' discounted payoffs and their terms, one row per regime. */
  TextTable payoffTable(RegimeComparison c) {
    TextTable payoffs =
        new TextTable(
            List.of(
                "regime",
                "US",
                "China",
                "t=0 US / China",
                "revenue",
                "military risk",
                "enforcement",
                "compute value",
                "indigenization"),
            false,
            true,
            true,
            false,
            true,
            true,
            true,
            true,
            true);
    for (RegimeOutcome o : c.outcomes()) {
      PayoffComponents k = o.components();
      payoffs.row(
          o.regime().name(),
          numbers.format(o.usValue()),
          numbers.format(o.chinaValue()),
          o.firstUsAction() + " / " + o.firstChinaAction(),
          numbers.format(k.revenue()),
          numbers.format(k.militaryRisk()),
          numbers.format(k.enforcement()),
          numbers.format(k.computeValue()),
          numbers.format(k.indigenization()));
    }
    return payoffs;
  }

  /** The leverage left at {@link #LEVERAGE_YEARS} and the state at the end, one row per regime. */
  TextTable leverageTable(RegimeComparison c) {
    List<String> header = new ArrayList<>(List.of("regime"));
    for (double y : LEVERAGE_YEARS) {
      header.add("year " + plain(y));
      header.add("share");
    }
    header.add("s at end");
    header.add("e at end");
    boolean[] right = new boolean[header.size()];
    java.util.Arrays.fill(right, 1, right.length, true);
    TextTable lever = new TextTable(header, right);
    for (RegimeOutcome o : c.outcomes()) {
      List<String> row = new ArrayList<>(List.of(o.regime().name()));
      for (double y : LEVERAGE_YEARS) {
        Optional<PathPoint> at = o.atYear(y);
        row.add(at.map(pt -> numbers.format(pt.leverage())).orElse("-"));
        row.add(at.map(pt -> percent(o.leverageShare(pt))).orElse("-"));
      }
      PathPoint end = o.path().get(o.path().size() - 1);
      row.add(numbers.format(end.selfSufficiency()));
      row.add(numbers.format(end.chokepoint()));
      lever.row(row.toArray(String[]::new));
    }
    return lever;
  }

  /** The verdict in plain words, one sentence per line. */
  public List<String> verdictLines(RegimeComparison c) {
    Verdict v = c.verdict();
    List<String> lines = new ArrayList<>();
    if (v.question().isPresent()) {
      Verdict.Question q = v.question().get();
      RegimeOutcome fd = c.outcome(Regime.FULL_DECOUPLING).orElseThrow();
      RegimeOutcome sd = c.outcome(Regime.STRATEGIC_DEPENDENCY).orElseThrow();
      if (q.preferred().isEmpty()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "FULL_DECOUPLING and STRATEGIC_DEPENDENCY give the US exactly the same payoff, %s"
                    + " USD bn.",
                money(fd.usValue())));
      } else {
        boolean sdWins = q.preferred().get() == Regime.STRATEGIC_DEPENDENCY;
        RegimeOutcome win = sdWins ? sd : fd;
        RegimeOutcome lose = sdWins ? fd : sd;
        double gap = Math.abs(q.usAdvantage());
        lines.add(
            String.format(
                Locale.ROOT,
                "%s is better for the US than %s: %s against %s USD bn, by %s bn (%s of %s's"
                    + " payoff).",
                win.regime().name(),
                lose.regime().name(),
                money(win.usValue()),
                money(lose.usValue()),
                money(gap),
                percent(gap / Math.abs(lose.usValue())),
                lose.regime().name()));
        PayoffComponents d = win.components().minus(lose.components());
        lines.add(
            String.format(
                Locale.ROOT,
                "Where the difference comes from: %s keeps %s bn %s sales revenue, pays %s bn %s"
                    + " military-compute risk and %s bn %s enforcement.",
                win.regime().name(),
                money(Math.abs(d.revenue())),
                d.revenue() >= 0 ? "more" : "less",
                money(Math.abs(d.militaryRisk())),
                d.militaryRisk() >= 0 ? "less" : "more",
                money(Math.abs(d.enforcement())),
                d.enforcement() >= 0 ? "less" : "more"));
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "China gets %s USD bn under STRATEGIC_DEPENDENCY and %s under FULL_DECOUPLING"
                  + " (compute value %s, indigenization cost %s; dependency minus decoupling).",
              money(sd.chinaValue()),
              money(fd.chinaValue()),
              signed(q.components().computeValue()),
              signed(q.components().indigenization())));
    }
    RegimeOutcome best = c.outcome(v.best()).orElseThrow();
    lines.add(
        String.format(
            Locale.ROOT,
            "Best for the US of the %d regimes compared: %s (%s USD bn).",
            c.outcomes().size(),
            best.regime().name(),
            money(best.usValue())));
    if (v.valueOfCommitment().isPresent()) {
      double value = v.valueOfCommitment().get();
      lines.add(
          String.format(
              Locale.ROOT,
              "Value of commitment: the best committed regime (%s) minus EQUILIBRIUM = %s USD"
                  + " bn: %s.",
              v.bestCommitted().orElseThrow().name(),
              signed(value),
              value > 0
                  ? "committing to a fixed policy pays"
                  : value < 0
                      ? "choosing freely each period does better than any fixed policy compared"
                      : "commitment neither helps nor hurts"));
    }
    List<String> tied = new ArrayList<>();
    for (RegimeOutcome o : c.outcomes()) {
      if (o.nearTies() > 0) {
        tied.add(o.regime().name() + " " + o.nearTies());
      }
    }
    lines.add(
        tied.isEmpty()
            ? "Ties: no decision was a near tie; exact ties were settled by the model's tie rules."
            : "Near ties (a best response that won by less than "
                + java.math.BigDecimal.valueOf(Tolerance.DEFAULT.zero())
                    .stripTrailingZeros()
                    .toString()
                    .toLowerCase(Locale.ROOT)
                + " of the payoff scale, where rounding could decide), nodes per regime: "
                + String.join(", ", tied)
                + ".");
    return lines;
  }

  /** The JSON contract of {@code compare --format json}; see the README. */
  public String json(RegimeComparison c) {
    return Json.write(jsonTree(c));
  }

  /** The JSON tree of {@link #json}, for report writers that embed it. */
  public Map<String, Object> jsonTree(RegimeComparison c) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", c.scenario().name());
    root.put("title", c.scenario().title());
    root.put("model", c.scenario().model());
    Map<String, Object> params = new LinkedHashMap<>();
    for (Map.Entry<ParameterKey, Double> e : c.parameters().asMap().entrySet()) {
      params.put(
          e.getKey().key(),
          e.getKey().domain().integer() ? (Object) e.getValue().longValue() : e.getValue());
    }
    root.put("parameters", params);
    List<Object> regimes = new ArrayList<>();
    for (RegimeOutcome o : c.outcomes()) {
      regimes.add(regimeJson(o));
    }
    root.put("regimes", regimes);
    root.put("verdict", verdictJson(c));
    return root;
  }

  private Map<String, Object> regimeJson(RegimeOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("regime", o.regime().name());
    m.put("us_value", o.usValue());
    m.put("china_value", o.chinaValue());
    m.put("unit", "USD bn");
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("us", o.firstUsAction());
    first.put("china", o.firstChinaAction());
    m.put("first_actions", first);
    m.put("components", componentsJson(o.components()));
    List<Object> left = new ArrayList<>();
    for (double y : LEVERAGE_YEARS) {
      o.atYear(y)
          .ifPresent(
              pt -> {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("year", pt.year());
                l.put("leverage", pt.leverage());
                l.put("share", nullIfNaN(o.leverageShare(pt)));
                left.add(l);
              });
    }
    m.put("leverage_left", left);
    m.put("near_ties", o.nearTies());
    List<Object> path = new ArrayList<>();
    for (PathPoint pt : o.path()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", pt.period());
      for (int i = 2; i < PATH_COLUMNS.length; i++) {
        row.put(PATH_COLUMNS[i], pathValue(o, pt, PATH_COLUMNS[i]));
      }
      path.add(row);
    }
    m.put("path", path);
    return m;
  }

  private static Map<String, Object> componentsJson(PayoffComponents k) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("us_revenue", k.revenue());
    m.put("us_military_risk", k.militaryRisk());
    m.put("us_enforcement", k.enforcement());
    m.put("china_compute_value", k.computeValue());
    m.put("china_indigenization", k.indigenization());
    return m;
  }

  private Map<String, Object> verdictJson(RegimeComparison c) {
    Verdict v = c.verdict();
    Map<String, Object> m = new LinkedHashMap<>();
    if (v.question().isPresent()) {
      Verdict.Question q = v.question().get();
      m.put("preferred", q.preferred().map(Regime::name).orElse("TIE"));
      m.put("us_advantage_of_strategic_dependency", q.usAdvantage());
      m.put("us_advantage_percent", nullIfNaN(q.usAdvantagePercent()));
      m.put("china_difference", q.chinaDifference());
      m.put("components_difference", componentsJson(q.components()));
    }
    m.put("best_for_us", v.best().name());
    m.put("best_committed", v.bestCommitted().map(Regime::name).orElse(null));
    m.put("value_of_commitment", v.valueOfCommitment().orElse(null));
    m.put("near_ties", v.nearTies());
    m.put("summary", verdictLines(c));
    return m;
  }

  /** The expected paths of every regime as CSV, one row per regime and period. */
  public String csv(RegimeComparison c) {
    Csv out = new Csv().row(PATH_COLUMNS);
    for (RegimeOutcome o : c.outcomes()) {
      appendPath(out, o);
    }
    return out.toString();
  }

  /** The expected path of one regime as CSV. */
  public String csv(RegimeOutcome o) {
    Csv out = new Csv().row(PATH_COLUMNS);
    appendPath(out, o);
    return out.toString();
  }

  private void appendPath(Csv out, RegimeOutcome o) {
    for (PathPoint pt : o.path()) {
      List<String> row = new ArrayList<>();
      row.add(o.regime().name());
      row.add(Integer.toString(pt.period()));
      for (int i = 2; i < PATH_COLUMNS.length; i++) {
        Double x = pathValue(o, pt, PATH_COLUMNS[i]);
        row.add(x == null ? "" : numbers.format(x));
      }
      out.row(row);
    }
  }

  /**
   * The value of path column {@code column} (a name of the CSV header, e.g. {@code p_full}) at
   * {@code pt}; null where nothing applies (play after the last period, a share of no lever).
   */
  static Double pathValue(RegimeOutcome o, PathPoint pt, String column) {
    Optional<PathPoint.Play> play = pt.play();
    return switch (column) {
      case "year" -> pt.year();
      case "self_sufficiency" -> pt.selfSufficiency();
      case "chokepoint" -> pt.chokepoint();
      case "crisis_probability" -> pt.crisisProbability();
      case "p_open" -> play.map(PathPoint.Play::open).orElse(null);
      case "p_targeted" -> play.map(PathPoint.Play::targeted).orElse(null);
      case "p_full" -> play.map(PathPoint.Play::full).orElse(null);
      case "p_indigenize" -> play.map(PathPoint.Play::indigenize).orElse(null);
      case "commercial_reach" -> play.map(PathPoint.Play::commercialReach).orElse(null);
      case "military_reach" -> play.map(PathPoint.Play::militaryReach).orElse(null);
      case "leverage" -> pt.leverage();
      case "leverage_share" -> nullIfNaN(o.leverageShare(pt));
      case "us_payoff" -> play.map(PathPoint.Play::usPayoff).orElse(null);
      case "china_payoff" -> play.map(PathPoint.Play::chinaPayoff).orElse(null);
      default -> throw new IllegalArgumentException("unknown path column " + column);
    };
  }

  private static Double nullIfNaN(double x) {
    return Double.isNaN(x) ? null : x;
  }

  private static String money(double x) {
    return String.format(Locale.ROOT, "%,.1f", x);
  }

  private static String signed(double x) {
    return String.format(Locale.ROOT, "%+,.1f", x);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /** {@code x} in plain decimal notation with no trailing zeros, e.g. {@code 0.5}, {@code 20}. */
  static String plain(double x) {
    return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }
}
