package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareRendererTest {

  /**
   * Found by {@code leverage compare games/chip-export-controls.yaml}: the sentence on where the
   * difference comes from had ten placeholders and nine values, so every comparison of
   * FULL_DECOUPLING with STRATEGIC_DEPENDENCY failed with "Format specifier '%s'".
   */
  @Test
  void verdictSaysWhereTheDifferenceComesFromRegressionMissingFormatArgument() {
    List<String> lines =
        new CompareRenderer(new FixedDecimals(4))
            .verdictLines(Comparisons.compare(Comparisons.baseline()));
    String where = lines.get(1);
    assertTrue(
        where.matches(
            "Where the difference comes from: STRATEGIC_DEPENDENCY keeps [0-9,.]+ bn (more|less)"
                + " sales revenue, pays [0-9,.]+ bn (more|less) military-compute risk and"
                + " [0-9,.]+ bn (more|less) enforcement\\."),
        where);
  }
}
