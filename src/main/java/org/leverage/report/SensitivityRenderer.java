package org.leverage.report;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leverage.analysis.sensitivity.Axis;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.OneWay;
import org.leverage.analysis.sensitivity.SensitivityResult;
import org.leverage.analysis.sensitivity.SensitivityResults;
import org.leverage.analysis.sensitivity.Threshold;
import org.leverage.analysis.sensitivity.Tornado;
import org.leverage.analysis.sensitivity.TwoWay;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

/**
 * Renders {@link SensitivityResults} as text tables, as the JSON contract of {@code leverage
 * sensitivity --format json} (see the README) and as one CSV per analysis. Money is printed with
 * the chosen {@link FixedDecimals}; parameter values in text with at most ten significant digits
 * and in CSV as the shortest decimal that reads back as the same double. Everything is printed with
 * {@link Locale#ROOT}; the same results always give the same bytes.
 */
public final class SensitivityRenderer {

  /** The width of the longest tornado bar, in characters. */
  private static final int BAR_WIDTH = 20;

  private static final String ADVANTAGE = "us_advantage_of_strategic_dependency";

  private final FixedDecimals numbers;

  public SensitivityRenderer(FixedDecimals numbers) {
    this.numbers = numbers;
  }

  // ---------------------------------------------------------------- text

  /** The terminal report: the base verdict, then one section per analysis. */
  public String text(SensitivityResults r) {
    StringBuilder out = new StringBuilder();
    out.append("Scenario: ")
        .append(r.scenario().name())
        .append(r.scenario().title().isEmpty() ? "" : " - " + r.scenario().title())
        .append('\n');
    out.append(baseLine(r)).append('\n');
    Text text = new Text();
    for (SensitivityResult result : r.results()) {
      out.append('\n').append(result.accept(text));
    }
    return out.toString();
  }

  private final class Text implements SensitivityResult.Visitor<String> {

    @Override
    public String oneWay(OneWay r) {
      StringBuilder out = new StringBuilder();
      out.append(caption(r)).append('\n');
      out.append("  ").append(ONE_WAY_US_CAPTION).append('\n');
      out.append(oneWayUsTable(r).render("  "));
      out.append("  ").append(ONE_WAY_CHINA_CAPTION).append('\n');
      out.append(oneWayChinaTable(r).render("  "));
      out.append("  Preferred regime by band of ").append(r.axis().key().key()).append('\n');
      for (String line : bandLines(r)) {
        out.append("    ").append(line).append('\n');
      }
      return out.toString();
    }

    @Override
    public String tornado(Tornado r) {
      StringBuilder out = new StringBuilder();
      out.append(caption(r)).append('\n');
      out.append(tornadoTable(r, true).render("  "));
      for (String line : tornadoNotes(r)) {
        out.append("  ").append(line).append('\n');
      }
      return out.toString();
    }

    @Override
    public String threshold(Threshold r) {
      Axis a = r.axis();
      StringBuilder out = new StringBuilder();
      out.append(caption(r)).append('\n');
      if (r.crossings().isEmpty()) {
        out.append("  ").append(noCrossing(r)).append('\n');
        return out.toString();
      }
      for (Threshold.Crossing c : r.crossings()) {
        String where =
            a.discrete()
                ? String.format(
                    Locale.ROOT,
                    "between %s = %s and %s",
                    a.key().key(),
                    value(c.below().value()),
                    value(c.above().value()))
                : String.format(
                    Locale.ROOT,
                    "%s = %s (between %s and %s)",
                    a.key().key(),
                    estimate(r, c),
                    fixed(c.below().value(), r.precision()),
                    fixed(c.above().value(), r.precision()));
        out.append(
            String.format(
                Locale.ROOT,
                "  break-even %s: %s below (SD - FD %s), %s above (%s)%n",
                where,
                preferredText(c.below().preferred()),
                numbers.format(c.below().advantage()),
                preferredText(c.above().preferred()),
                numbers.format(c.above().advantage())));
      }
      return out.toString();
    }

    @Override
    public String twoWay(TwoWay r) {
      StringBuilder out = new StringBuilder();
      out.append(caption(r)).append('\n');
      out.append("  ").append(POLICY_MAP_CAPTION).append('\n');
      out.append(policyMapTable(r).render("  "));
      out.append("  ").append(TWO_WAY_ADVANTAGE_CAPTION).append('\n');
      out.append(twoWayAdvantageTable(r).render("  "));
      if (r.breakEven().isEmpty()) {
        out.append("  ").append(NO_BREAK_EVEN).append('\n');
        return out.toString();
      }
      out.append("  ").append(BREAK_EVEN_CAPTION).append('\n');
      out.append(breakEvenTable(r).render("  "));
      return out.toString();
    }
  }

  // ---------------------------------------------------------------- parts shared with the page

  static final String ONE_WAY_US_CAPTION =
      "US payoffs (USD bn); SD - FD is the US advantage of STRATEGIC_DEPENDENCY";
  static final String ONE_WAY_CHINA_CAPTION =
      "China's payoffs (USD bn) and its self-sufficiency s_T at the horizon";
  static final String POLICY_MAP_CAPTION =
      "Policy map: the preferred regime (FD, SD, or TIE for an exact tie)";
  static final String TWO_WAY_ADVANTAGE_CAPTION =
      "US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING (USD bn)";
  static final String NO_BREAK_EVEN =
      "Break-even curve: none, the advantage has the same sign in every cell";
  static final String BREAK_EVEN_CAPTION =
      "Break-even curve: where the advantage is zero along the grid lines (linear"
          + " interpolation between adjacent points)";

  /** The base verdict in one sentence. */
  String baseLine(SensitivityResults r) {
    return "Base: "
        + preferredText(r.base().preferred())
        + " preferred; US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING "
        + numbers.format(r.base().advantage())
        + " USD bn";
  }

  /** The first line of a one-way section: the range and its points. */
  static String caption(OneWay r) {
    Axis a = r.axis();
    return String.format(
        Locale.ROOT,
        "One-way: %s in [%s, %s], %d points%s; the other parameters at base (* marks the"
            + " base value)",
        describe(a.key()),
        value(a.low()),
        value(a.high()),
        r.points().size(),
        a.discrete() ? " (" + lattice(a) + ")" : "");
  }

  /** The US payoffs of every regime and the advantage along a one-way range. */
  TextTable oneWayUsTable(OneWay r) {
    List<String> header = new ArrayList<>(List.of(r.axis().key().key(), "preferred", "SD - FD"));
    for (Regime g : Regime.values()) {
      header.add(abbreviation(g) + " US");
    }
    TextTable us = new TextTable(header, rightAligned(header.size(), 0, 1));
    for (OneWay.Point p : r.points()) {
      Evaluation e = p.evaluation();
      List<String> row =
          new ArrayList<>(
              List.of(pointValue(p), preferredText(e.preferred()), numbers.format(e.advantage())));
      for (Regime g : Regime.values()) {
        row.add(numbers.format(e.us().get(g)));
      }
      us.row(row.toArray(String[]::new));
    }
    return us;
  }

  /** China's payoffs and final self-sufficiency of every regime along a one-way range. */
  TextTable oneWayChinaTable(OneWay r) {
    List<String> header = new ArrayList<>(List.of(r.axis().key().key()));
    for (Regime g : Regime.values()) {
      header.add(abbreviation(g) + " China");
    }
    for (Regime g : Regime.values()) {
      header.add(abbreviation(g) + " s_T");
    }
    TextTable china = new TextTable(header, rightAligned(header.size(), 0));
    for (OneWay.Point p : r.points()) {
      Evaluation e = p.evaluation();
      List<String> row = new ArrayList<>(List.of(pointValue(p)));
      for (Regime g : Regime.values()) {
        row.add(numbers.format(e.china().get(g)));
      }
      for (Regime g : Regime.values()) {
        row.add(numbers.format(e.finalSelfSufficiency().get(g)));
      }
      china.row(row.toArray(String[]::new));
    }
    return china;
  }

  private static String pointValue(OneWay.Point p) {
    return value(p.value()) + (p.base() ? " *" : "");
  }

  /** One line per band of a one-way range, and a note on locating the switches. */
  static List<String> bandLines(OneWay r) {
    List<String> lines = new ArrayList<>();
    for (OneWay.Band b : r.bands()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-21s %s",
              preferredText(b.preferred()),
              b.from() == b.to()
                  ? "at " + value(b.from())
                  : "from " + value(b.from()) + " to " + value(b.to())));
    }
    if (r.bands().size() > 1) {
      lines.add(
          "(each switch lies between two points; --threshold "
              + r.axis().key().key()
              + " locates it)");
    }
    return lines;
  }

  /** The first line of the tornado section. */
  String caption(Tornado r) {
    return String.format(
        Locale.ROOT,
        "Tornado: US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING (USD bn), each"
            + " parameter from its low to its high end, the others at base; base line %s",
        numbers.format(r.base().advantage()));
  }

  /**
   * The tornado's bars as a table, ranked.
   *
   * @param withBar whether to draw each swing as a bar of {@code #} (for the terminal; a page has a
   *     chart instead)
   */
  TextTable tornadoTable(Tornado r, boolean withBar) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "rank",
                "parameter",
                "low",
                "high",
                "at low",
                "at high",
                "swing",
                "bar",
                "preferred low/base/high",
                "source"));
    if (!withBar) {
      header.remove(TORNADO_BAR_COLUMN);
    }
    TextTable t =
        new TextTable(
            header,
            withBar
                ? rightAligned(header.size(), 1, 7, 8, 9)
                : rightAligned(header.size(), 1, 7, 8));
    double widest = r.bars().isEmpty() ? 0 : r.bars().get(0).swing();
    int rank = 1;
    for (Tornado.Bar b : r.bars()) {
      int length = widest == 0 ? 0 : (int) Math.round(BAR_WIDTH * b.swing() / widest);
      List<String> row =
          new ArrayList<>(
              List.of(
                  Integer.toString(rank++),
                  b.key().key() + (r.crossesBreakEven(b) ? " *" : ""),
                  value(b.low()),
                  value(b.high()),
                  numbers.format(b.atLow().advantage()),
                  numbers.format(b.atHigh().advantage()),
                  numbers.format(b.swing()),
                  Strings.repeat("#", length),
                  abbreviation(b.atLow().preferred())
                      + "/"
                      + abbreviation(r.base().preferred())
                      + "/"
                      + abbreviation(b.atHigh().preferred()),
                  b.source()));
      if (!withBar) {
        row.remove(TORNADO_BAR_COLUMN);
      }
      t.row(row.toArray(String[]::new));
    }
    return t;
  }

  /** The column of the tornado's table that draws the swing in {@code #}. */
  private static final int TORNADO_BAR_COLUMN = 7;

  /** The notes under the tornado's table: which ranges cross the break-even, abbreviations. */
  static List<String> tornadoNotes(Tornado r) {
    long crossing = r.bars().stream().filter(r::crossesBreakEven).count();
    return List.of(
        crossing == 0
            ? "No parameter's range crosses the break-even: the preferred regime is the same"
                + " at every low, base and high end."
            : "* the range crosses the break-even (the preferred regime differs at low, base"
                + " or high): "
                + crossing
                + " of "
                + r.bars().size()
                + " parameters.",
        "FD = FULL_DECOUPLING, SD = STRATEGIC_DEPENDENCY, TIE = exact tie.");
  }

  /** The first line of a threshold section: the range, the scan and the precision. */
  static String caption(Threshold r) {
    Axis a = r.axis();
    return String.format(
        Locale.ROOT,
        "Threshold: %s in [%s, %s], scanned at %d points, %s",
        describe(a.key()),
        value(a.low()),
        value(a.high()),
        r.scan().size(),
        a.discrete()
            ? "each change located between adjacent values (" + lattice(a) + ")"
            : "each change bisected to a bracket at most " + scientific(r.precision()) + " wide");
  }

  /** The sentence of a threshold search that found no change. */
  String noCrossing(Threshold r) {
    Threshold.Point first = r.scan().get(0);
    Threshold.Point last = r.scan().get(r.scan().size() - 1);
    return "none in range: "
        + preferredText(first.preferred())
        + " is preferred at every point scanned (SD - FD from "
        + numbers.format(first.advantage())
        + " to "
        + numbers.format(last.advantage())
        + " USD bn)";
  }

  /** The break-even value of a crossing: its bracket's midpoint, or the bracket on a lattice. */
  private static String estimate(Threshold r, Threshold.Crossing c) {
    return r.axis().discrete()
        ? value(c.below().value()) + " to " + value(c.above().value())
        : fixed(c.estimate(), r.precision());
  }

  /** The crossings of a threshold search as a table, one row each. */
  TextTable thresholdTable(Threshold r) {
    TextTable t =
        new TextTable(
            List.of(
                "break-even " + r.axis().key().key(),
                "below",
                "above",
                "preferred below",
                "SD - FD below",
                "preferred above",
                "SD - FD above"),
            true,
            true,
            true,
            false,
            true,
            false,
            true);
    for (Threshold.Crossing c : r.crossings()) {
      t.row(
          estimate(r, c),
          fixed(c.below().value(), r.precision()),
          fixed(c.above().value(), r.precision()),
          preferredText(c.below().preferred()),
          numbers.format(c.below().advantage()),
          preferredText(c.above().preferred()),
          numbers.format(c.above().advantage()));
    }
    return t;
  }

  /** The first line of a two-way section. */
  static String caption(TwoWay r) {
    return String.format(
        Locale.ROOT,
        "Two-way: %s (rows) x %s (columns), %d x %d points; the other parameters at base",
        describe(r.x().key()),
        describe(r.y().key()),
        r.x().values().size(),
        r.y().values().size());
  }

  /** The preferred regime in every cell of a two-way grid. */
  TextTable policyMapTable(TwoWay r) {
    return grid(r, e -> abbreviation(e.preferred()));
  }

  /** The US advantage in every cell of a two-way grid. */
  TextTable twoWayAdvantageTable(TwoWay r) {
    return grid(r, e -> numbers.format(e.advantage()));
  }

  private static TextTable grid(TwoWay r, java.util.function.Function<Evaluation, String> cell) {
    List<String> header = new ArrayList<>(List.of(r.x().key().key() + " \\ " + r.y().key().key()));
    for (double v : r.y().values()) {
      header.add(value(v));
    }
    TextTable t = new TextTable(header, rightAligned(header.size(), 0));
    List<Double> xs = r.x().values();
    for (int i = 0; i < xs.size(); i++) {
      List<String> row = new ArrayList<>(List.of(value(xs.get(i))));
      for (Evaluation e : r.cells().get(i)) {
        row.add(cell.apply(e));
      }
      t.row(row.toArray(String[]::new));
    }
    return t;
  }

  /** The points of a two-way's break-even curve. */
  static TextTable breakEvenTable(TwoWay r) {
    TextTable curve = new TextTable(List.of(r.x().key().key(), r.y().key().key()), true, true);
    for (TwoWay.BreakEven p : r.breakEven()) {
      curve.row(value(p.x()), value(p.y()));
    }
    return curve;
  }

  // ---------------------------------------------------------------- JSON

  /** The JSON contract of {@code sensitivity --format json}; see the README. */
  public String json(SensitivityResults r) {
    return Json.write(jsonTree(r));
  }

  /**
   * The JSON tree of {@link #json}: {@code scenario}, {@code base}, then one member per kind of
   * analysis run ({@code oneway} and {@code thresholds} arrays, {@code tornado} and {@code twoway}
   * objects), in that order.
   */
  public Map<String, Object> jsonTree(SensitivityResults r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scenario", r.scenario().name());
    root.put("base", evaluationJson(r.base()));
    List<Object> oneway = new ArrayList<>();
    List<Object> thresholds = new ArrayList<>();
    Map<String, Object> single = new LinkedHashMap<>();
    for (SensitivityResult result : r.results()) {
      result.accept(
          new SensitivityResult.Visitor<Void>() {
            @Override
            public Void oneWay(OneWay o) {
              oneway.add(oneWayJson(o));
              return null;
            }

            @Override
            public Void tornado(Tornado t) {
              single.put("tornado", tornadoJson(t));
              return null;
            }

            @Override
            public Void threshold(Threshold t) {
              thresholds.add(thresholdJson(t));
              return null;
            }

            @Override
            public Void twoWay(TwoWay t) {
              single.put("twoway", twoWayJson(t));
              return null;
            }
          });
    }
    if (!oneway.isEmpty()) {
      root.put("oneway", oneway);
    }
    if (single.containsKey("tornado")) {
      root.put("tornado", single.get("tornado"));
    }
    if (!thresholds.isEmpty()) {
      root.put("thresholds", thresholds);
    }
    if (single.containsKey("twoway")) {
      root.put("twoway", single.get("twoway"));
    }
    return root;
  }

  private static Map<String, Object> evaluationJson(Evaluation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("preferred", preferredText(e.preferred()));
    m.put(ADVANTAGE, e.advantage());
    List<Object> regimes = new ArrayList<>();
    for (Regime g : e.us().keySet()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("regime", g.name());
      o.put("us_value", e.us().get(g));
      o.put("china_value", e.china().get(g));
      o.put("final_self_sufficiency", e.finalSelfSufficiency().get(g));
      regimes.add(o);
    }
    m.put("regimes", regimes);
    return m;
  }

  private static Map<String, Object> axisJson(Axis a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameter", a.key().key());
    m.put("low", a.low());
    m.put("high", a.high());
    m.put("points", a.points());
    m.put("divisions", a.divisions());
    return m;
  }

  private static Map<String, Object> oneWayJson(OneWay o) {
    Map<String, Object> m = axisJson(o.axis());
    List<Object> points = new ArrayList<>();
    for (OneWay.Point p : o.points()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("value", p.value());
      pm.put("base", p.base());
      pm.putAll(evaluationJson(p.evaluation()));
      points.add(pm);
    }
    m.put("values", points);
    List<Object> bands = new ArrayList<>();
    for (OneWay.Band b : o.bands()) {
      Map<String, Object> bm = new LinkedHashMap<>();
      bm.put("from", b.from());
      bm.put("to", b.to());
      bm.put("preferred", preferredText(b.preferred()));
      bands.add(bm);
    }
    m.put("bands", bands);
    return m;
  }

  private static Map<String, Object> tornadoJson(Tornado t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", ADVANTAGE);
    m.put("base", t.base().advantage());
    m.put("base_preferred", preferredText(t.base().preferred()));
    List<Object> bars = new ArrayList<>();
    int rank = 1;
    for (Tornado.Bar b : t.bars()) {
      Map<String, Object> bm = new LinkedHashMap<>();
      bm.put("rank", rank++);
      bm.put("parameter", b.key().key());
      bm.put("source", b.source());
      bm.put("low", b.low());
      bm.put("high", b.high());
      bm.put("swing", b.swing());
      bm.put("crosses_break_even", t.crossesBreakEven(b));
      bm.put("at_low", evaluationJson(b.atLow()));
      bm.put("at_high", evaluationJson(b.atHigh()));
      bars.add(bm);
    }
    m.put("bars", bars);
    return m;
  }

  private static Map<String, Object> thresholdJson(Threshold t) {
    Map<String, Object> m = axisJson(t.axis());
    m.put("precision", t.precision());
    List<Object> crossings = new ArrayList<>();
    for (Threshold.Crossing c : t.crossings()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("value", t.axis().discrete() ? null : c.estimate());
      cm.put("below", pointJson(c.below()));
      cm.put("above", pointJson(c.above()));
      crossings.add(cm);
    }
    m.put("crossings", crossings);
    List<Object> scan = new ArrayList<>();
    for (Threshold.Point p : t.scan()) {
      scan.add(pointJson(p));
    }
    m.put("scan", scan);
    return m;
  }

  private static Map<String, Object> pointJson(Threshold.Point p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", p.value());
    m.put("preferred", preferredText(p.preferred()));
    m.put(ADVANTAGE, p.advantage());
    return m;
  }

  private static Map<String, Object> twoWayJson(TwoWay t) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> x = axisJson(t.x());
    x.put("values", t.x().values());
    Map<String, Object> y = axisJson(t.y());
    y.put("values", t.y().values());
    m.put("x", x);
    m.put("y", y);
    List<Object> preferred = new ArrayList<>();
    List<Object> advantage = new ArrayList<>();
    for (List<Evaluation> column : t.cells()) {
      preferred.add(column.stream().map(e -> preferredText(e.preferred())).toList());
      advantage.add(column.stream().map(Evaluation::advantage).toList());
    }
    m.put("preferred", preferred);
    m.put(ADVANTAGE, advantage);
    List<Object> curve = new ArrayList<>();
    for (TwoWay.BreakEven p : t.breakEven()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("x", p.x());
      pm.put("y", p.y());
      curve.add(pm);
    }
    m.put("break_even", curve);
    return m;
  }

  // ---------------------------------------------------------------- CSV

  /**
   * The file name of a result's CSV: {@code oneway-KEY.csv}, {@code tornado.csv}, {@code
   * threshold-KEY.csv}, {@code twoway-KEY1-KEY2.csv}.
   */
  public static String csvName(SensitivityResult result) {
    return result.accept(
        new SensitivityResult.Visitor<String>() {
          @Override
          public String oneWay(OneWay r) {
            return "oneway-" + r.axis().key().key() + ".csv";
          }

          @Override
          public String tornado(Tornado r) {
            return "tornado.csv";
          }

          @Override
          public String threshold(Threshold r) {
            return "threshold-" + r.axis().key().key() + ".csv";
          }

          @Override
          public String twoWay(TwoWay r) {
            return "twoway-" + r.x().key().key() + "-" + r.y().key().key() + ".csv";
          }
        });
  }

  /** One result as CSV, with a header row; the columns are in the README. */
  public String csv(SensitivityResult result) {
    return result.accept(new CsvTables()).toString();
  }

  private final class CsvTables implements SensitivityResult.Visitor<Csv> {

    @Override
    public Csv oneWay(OneWay r) {
      List<String> header =
          new ArrayList<>(List.of(r.axis().key().key(), "base", "preferred", "us_advantage"));
      for (Regime g : Regime.values()) {
        String name = g.name().toLowerCase(Locale.ROOT);
        header.addAll(List.of(name + "_us", name + "_china", name + "_final_self_sufficiency"));
      }
      Csv csv = new Csv().row(header);
      for (OneWay.Point p : r.points()) {
        Evaluation e = p.evaluation();
        List<String> row =
            new ArrayList<>(
                List.of(
                    exact(p.value()),
                    Boolean.toString(p.base()),
                    preferredText(e.preferred()),
                    numbers.format(e.advantage())));
        for (Regime g : Regime.values()) {
          row.add(numbers.format(e.us().get(g)));
          row.add(numbers.format(e.china().get(g)));
          row.add(numbers.format(e.finalSelfSufficiency().get(g)));
        }
        csv.row(row);
      }
      return csv;
    }

    @Override
    public Csv tornado(Tornado r) {
      Csv csv =
          new Csv()
              .row(
                  "rank",
                  "parameter",
                  "low",
                  "high",
                  "us_advantage_low",
                  "us_advantage_base",
                  "us_advantage_high",
                  "swing",
                  "preferred_low",
                  "preferred_base",
                  "preferred_high",
                  "crosses_break_even",
                  "source");
      int rank = 1;
      for (Tornado.Bar b : r.bars()) {
        csv.row(
            Integer.toString(rank++),
            b.key().key(),
            exact(b.low()),
            exact(b.high()),
            numbers.format(b.atLow().advantage()),
            numbers.format(r.base().advantage()),
            numbers.format(b.atHigh().advantage()),
            numbers.format(b.swing()),
            preferredText(b.atLow().preferred()),
            preferredText(r.base().preferred()),
            preferredText(b.atHigh().preferred()),
            Boolean.toString(r.crossesBreakEven(b)),
            b.source());
      }
      return csv;
    }

    @Override
    public Csv threshold(Threshold r) {
      Csv csv =
          new Csv()
              .row(
                  "parameter",
                  "below",
                  "above",
                  "estimate",
                  "preferred_below",
                  "preferred_above",
                  "us_advantage_below",
                  "us_advantage_above");
      for (Threshold.Crossing c : r.crossings()) {
        csv.row(
            r.axis().key().key(),
            exact(c.below().value()),
            exact(c.above().value()),
            r.axis().discrete() ? "" : exact(c.estimate()),
            preferredText(c.below().preferred()),
            preferredText(c.above().preferred()),
            numbers.format(c.below().advantage()),
            numbers.format(c.above().advantage()));
      }
      return csv;
    }

    @Override
    public Csv twoWay(TwoWay r) {
      Csv csv = new Csv().row(r.x().key().key(), r.y().key().key(), "preferred", "us_advantage");
      List<Double> xs = r.x().values();
      List<Double> ys = r.y().values();
      for (int i = 0; i < xs.size(); i++) {
        for (int j = 0; j < ys.size(); j++) {
          Evaluation e = r.cells().get(i).get(j);
          csv.row(
              exact(xs.get(i)),
              exact(ys.get(j)),
              preferredText(e.preferred()),
              numbers.format(e.advantage()));
        }
      }
      return csv;
    }
  }

  // ---------------------------------------------------------------- words and numbers

  /** The preferred regime's name, or {@code TIE}. */
  private static String preferredText(Optional<Regime> preferred) {
    return preferred.map(Regime::name).orElse("TIE");
  }

  private static String abbreviation(Optional<Regime> preferred) {
    return preferred.map(SensitivityRenderer::abbreviation).orElse("TIE");
  }

  private static String abbreviation(Regime g) {
    return switch (g) {
      case FULL_DECOUPLING -> "FD";
      case STRATEGIC_DEPENDENCY -> "SD";
      case OPEN -> "OPEN";
      case EQUILIBRIUM -> "EQ";
    };
  }

  /** {@code erosion (rho, per period: erosion of the chokepoint per unit tightness)}. */
  private static String describe(ParameterKey k) {
    return k.key() + " (" + k.symbol() + ", " + k.unit() + ": " + k.meaning() + ")";
  }

  /** What values a discrete axis takes. */
  private static String lattice(Axis a) {
    return a.divisions() == 1 ? "whole numbers" : "multiples of 1/" + a.divisions();
  }

  /** A parameter value with at most ten significant digits, trailing zeros dropped. */
  static String value(double x) {
    return new BigDecimal(x).round(new MathContext(10)).stripTrailingZeros().toPlainString();
  }

  /** The shortest decimal that reads back as {@code x}. */
  static String exact(double x) {
    return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
  }

  /** {@code x} with as many decimals as a bracket {@code precision} wide needs to be seen. */
  private static String fixed(double x, double precision) {
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(precision)) + 1);
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }

  private static String scientific(double x) {
    return String.format(Locale.ROOT, "%.2g", x);
  }

  /** Right alignment for every column but those listed. */
  private static boolean[] rightAligned(int columns, int... left) {
    boolean[] right = new boolean[columns];
    Arrays.fill(right, true);
    for (int c : left) {
      right[c] = false;
    }
    return right;
  }
}
