package org.leverage.report;

import org.leverage.solve.catalog.DynamicResult;
import org.leverage.solve.catalog.Solution;

/**
 * Renders any {@link Solution} in one {@link OutputFormat}: the one place that picks the renderer
 * for each kind of solution and format, both dispatches checked by the compiler.
 */
public final class SolutionRenderer {

  private final NumberFormat numbers;
  private final OutputFormat format;
  private final SolveCsvShape csvShape;

  /**
   * @param csvShape the columns of the equilibrium CSV (normal forms and trees); the other kinds of
   *     solution have one shape each
   */
  public SolutionRenderer(NumberFormat numbers, OutputFormat format, SolveCsvShape csvShape) {
    this.numbers = numbers;
    this.format = format;
    this.csvShape = csvShape;
  }

  /**
   * The text of {@code solution}.
   *
   * @param source the file's name, shown where the game has no title
   */
  public String render(String source, Solution solution) {
    return solution.accept(
        new Solution.Visitor<String>() {
          @Override
          public String normalForm(Solution.NormalForm s) {
            return switch (format) {
              case text -> new SolveTextRenderer(numbers).render(source, s);
              case json -> new SolveJsonRenderer(numbers).render(source, s);
              case csv -> new SolveCsvRenderer(numbers, csvShape).render(s);
            };
          }

          @Override
          public String dominance(Solution.Dominance s) {
            DominanceRenderer renderer = new DominanceRenderer(numbers);
            return switch (format) {
              case text -> renderer.text(source, s.game(), s.result());
              case json -> renderer.json(source, s.game(), s.result());
              case csv -> renderer.csv(s.result());
            };
          }

          @Override
          public String tree(Solution.Tree s) {
            TreeSolveRenderer renderer = new TreeSolveRenderer(numbers);
            return switch (format) {
              case text -> renderer.text(source, s);
              case json -> renderer.json(source, s);
              case csv -> renderer.csv(s, csvShape);
            };
          }

          @Override
          public String dynamic(DynamicResult s) {
            DynamicRenderer renderer = new DynamicRenderer(FixedDecimals.of(numbers));
            return switch (format) {
              case text -> renderer.text(source, s);
              case json -> renderer.json(source, s);
              case csv -> renderer.csv(s);
            };
          }

          @Override
          public String correlated(Solution.Correlated s) {
            CorrelatedRenderer renderer = new CorrelatedRenderer(numbers);
            return switch (format) {
              case text -> renderer.text(source, s);
              case json -> renderer.json(source, s);
              case csv -> renderer.csv(s);
            };
          }
        });
  }
}
