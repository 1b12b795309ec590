package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.report.chart.ChartFrame;
import org.leverage.report.chart.LineChartSvg;
import org.leverage.report.chart.Palette;
import org.leverage.report.chart.XySeries;
import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.dynamic.ForwardPath;

/**
 * The charts of a dynamic game's report, line charts with x = period along the expected path from
 * the initial distribution: the probability of each state, each player's expected stage payoff, and
 * for each player the probability of each of its action columns ({@link
 * DynamicRenderer#actionColumns}). The numbers are the path's, unrounded.
 *
 * <p>A chart shows at most {@link Palette#size()} lines, so that no two look alike: with more
 * states (or action columns), the ones with the highest peak probability along the path, in their
 * own order, and the title says how many of how many are shown. The CSV files hold them all.
 *
 * @param states the state probabilities and the expected stage payoffs
 * @param actions one chart per player
 */
record DynamicCharts(List<Page.Chart> states, List<Page.Chart> actions) {

  static final String STATES_ID = "chart-states";
  static final String PAYOFFS_ID = "chart-payoffs";

  DynamicCharts {
    states = ImmutableList.copyOf(states);
    actions = ImmutableList.copyOf(actions);
  }

  /** The charts of {@code r}. */
  static DynamicCharts of(DynamicResult r) {
    DynamicGame g = r.game();
    ForwardPath path = r.path();
    int stateCount = g.numStates();
    Page.Chart states =
        probabilities(
            STATES_ID,
            "State probabilities",
            "states",
            stateCount,
            path.periods() + 1,
            g::stateLabel,
            (s, t) -> path.probability(t, s));
    List<XySeries> payoffs = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int player = p;
      payoffs.add(series(g.playerName(p), p, path.periods(), t -> path.expectedPayoff(player, t)));
    }
    String title = "Expected stage payoffs";
    Page.Chart payoffChart =
        new Page.Chart(
            PAYOFFS_ID,
            title,
            new LineChartSvg(frame(PAYOFFS_ID, title, "expected payoff"), payoffs).render());
    List<Page.Chart> actions = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      int player = p;
      List<String> labels = DynamicRenderer.actionColumns(g, p);
      actions.add(
          probabilities(
              actionsId(p),
              g.playerName(p) + "'s action probabilities",
              "actions",
              labels.size(),
              path.periods(),
              labels::get,
              (k, t) -> path.actionProbability(player, t, k)));
    }
    return new DynamicCharts(List.of(states, payoffChart), actions);
  }

  /** The id of player {@code p}'s (0 or 1) action chart: {@code chart-actions-1} or {@code -2}. */
  static String actionsId(int p) {
    return "chart-actions-" + (p + 1);
  }

  /** Every chart, in page order. */
  List<Page.Chart> all() {
    return ImmutableList.<Page.Chart>builder().addAll(states).addAll(actions).build();
  }

  /** A probability of one of {@code n} things in a period. */
  private interface Probability {
    double of(int thing, int period);
  }

  /**
   * A chart of the probabilities of {@code n} things (states, actions) in periods {@code 0 ..
   * periods-1}, on an axis from 0 to 1, one line per thing, at most {@link Palette#size()}.
   *
   * @param things what the things are, in the title when not all are shown
   */
  private static Page.Chart probabilities(
      String id,
      String title,
      String things,
      int n,
      int periods,
      IntFunction<String> name,
      Probability probability) {
    double[] peak = new double[n];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < periods; t++) {
        peak[i] = Math.max(peak[i], probability.of(i, t));
      }
    }
    List<Integer> shown =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -peak[i]).thenComparing(i -> i))
            .limit(Palette.size())
            .sorted()
            .toList();
    String full =
        shown.size() == n
            ? title
            : title + " (the " + shown.size() + " most likely " + things + " of " + n + ")";
    List<XySeries> series = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      series.add(series(name.apply(i), k, periods, t -> probability.of(i, t)));
    }
    return new Page.Chart(
        id, full, new LineChartSvg(frame(id, full, "probability"), series).unitRange().render());
  }

  /** The line of {@code y(t)} for periods {@code 0 .. periods-1}, in palette colour {@code k}. */
  private static XySeries series(String name, int k, int periods, IntToDoubleFunction y) {
    List<XySeries.Point> points = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      points.add(new XySeries.Point(t, y.applyAsDouble(t)));
    }
    return new XySeries(name, Palette.colour(k), points);
  }

  private static ChartFrame frame(String id, String title, String yLabel) {
    return new ChartFrame(id, title, "period", yLabel, CompareCharts.WIDTH, CompareCharts.HEIGHT);
  }
}
