package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Labelled outcomes and the outcome of each cell (-1: none, all payoffs zero). */
public final class OutcomeTable {

  private final ImmutableList<Outcome> outcomes;
  private final int[] cellOutcomes;

  public OutcomeTable(List<Outcome> outcomes, int[] cellOutcomes) {
    this.outcomes = ImmutableList.copyOf(outcomes);
    this.cellOutcomes = cellOutcomes.clone();
    for (int c = 0; c < this.cellOutcomes.length; c++) {
      int o = this.cellOutcomes[c];
      if (o < -1 || o >= this.outcomes.size()) {
        throw new IllegalArgumentException(
            "cell "
                + c
                + " refers to outcome "
                + (o + 1)
                + " but there are "
                + this.outcomes.size()
                + " outcomes");
      }
    }
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  public int numCells() {
    return cellOutcomes.length;
  }

  /** Index into {@link #outcomes()} of the outcome of {@code cell}, or -1 for none. */
  public int outcomeOfCell(int cell) {
    return cellOutcomes[cell];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutcomeTable t
        && outcomes.equals(t.outcomes)
        && Arrays.equals(cellOutcomes, t.cellOutcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcomes, Arrays.hashCode(cellOutcomes));
  }
}
