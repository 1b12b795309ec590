package org.leverage.report;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.solve.catalog.DynamicResult;

/**
 * The files of {@code solve --report DIR} on a dynamic game, by name: {@code results.json} (what
 * {@code solve --format json} prints), {@link #STATES_CSV} and {@link #ACTIONS_CSV} (the expected
 * path, {@link DynamicRenderer#pathStatesCsv} and {@link DynamicRenderer#pathActionsCsv}), {@code
 * report.html} (self-contained: inline CSS and SVG charts, no scripts, nothing fetched), {@code
 * report.md} (the same page in Markdown) and the charts it links, one {@code .svg} file each
 * ({@link DynamicCharts}). The page shows the text output as it is, the charts and the command.
 * Renders only: every number was computed in the {@link DynamicResult}. The same result and command
 * always give the same bytes.
 */
public final class DynamicReport {

  /** The state distribution along the expected path. */
  public static final String STATES_CSV = "path-states.csv";

  /** The action probabilities and expected stage payoffs along the expected path. */
  public static final String ACTIONS_CSV = "path-actions.csv";

  private final NumberFormat numbers;
  private final String command;

  /**
   * @param numbers as for {@code solve}'s output (a dynamic game's doubles print with {@link
   *     FixedDecimals#of} its decimals)
   * @param command the command line that produced the report, shown on the page
   */
  public DynamicReport(NumberFormat numbers, String command) {
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.command = Objects.requireNonNull(command, "command");
  }

  /**
   * File name to content, in a fixed order.
   *
   * @param source the game file's name, as {@code solve} shows it
   */
  public Map<String, String> files(String source, DynamicResult r) {
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    files.put(
        "results.json",
        new SolutionRenderer(numbers, OutputFormat.json, SolveCsvShape.GAMBIT).render(source, r));
    DynamicRenderer renderer = new DynamicRenderer(FixedDecimals.of(numbers));
    files.put(STATES_CSV, renderer.pathStatesCsv(r));
    files.put(ACTIONS_CSV, renderer.pathActionsCsv(r));
    DynamicCharts charts = DynamicCharts.of(r);
    page(source, r, charts).addTo(files, charts.all());
    return files.buildOrThrow();
  }

  private Page page(String source, DynamicResult r, DynamicCharts charts) {
    DynamicGame g = r.game();
    int periods = r.path().periods();
    List<Page.Block> b = new ArrayList<>();
    b.add(
        new Page.Text(
            "Dynamic game "
                + source
                + ": "
                + g.playerName(0)
                + " against "
                + g.playerName(1)
                + ". The charts follow the expected path from the initial distribution "
                + (r.stationary()
                    ? "for the first " + periods + " periods of the stationary equilibrium policy"
                    : "over the horizon of " + periods + (periods == 1 ? " period" : " periods"))
                + "; "
                + STATES_CSV
                + " and "
                + ACTIONS_CSV
                + " hold their numbers."));
    b.add(new Page.Heading("Expected path"));
    b.add(
        new Page.Text(
            "The probability of each state at the start of each period (the last point is after"
                + " the last period), and each player's expected stage payoff in each period."));
    b.add(new Page.Figures(charts.states()));
    b.add(new Page.Heading("Actions along the path"));
    boolean numbered = !(DynamicRenderer.sameActions(g, 0) && DynamicRenderer.sameActions(g, 1));
    b.add(
        new Page.Text(
            "The probability that each player plays each action in each period, over the states"
                + " the game may be in then"
                + (numbered
                    ? "; where a player's actions differ between states, they are numbered by"
                        + " their place in each state's list (#1, #2, ...)."
                    : ".")));
    b.add(new Page.Figures(charts.actions()));
    b.add(new Page.Heading("Solution"));
    b.add(
        new Page.Code(
            new SolutionRenderer(numbers, OutputFormat.text, SolveCsvShape.GAMBIT)
                .render(source, r)
                .stripTrailing()));
    b.add(new Page.Heading("Reproduce"));
    b.add(new Page.Text("This report was produced by:"));
    b.add(new Page.Code(command));
    return new Page("Dynamic game: " + (r.title().isEmpty() ? source : r.title()), b);
  }
}
