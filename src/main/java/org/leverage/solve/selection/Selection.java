package org.leverage.solve.selection;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a criterion selected from a list of equilibria.
 *
 * @param criterion the criterion applied
 * @param selected the 0-based positions of the selected equilibria in the list, increasing; empty
 *     when the criterion selects none
 * @param reason why, in one sentence that names equilibria by their 1-based position in the list
 */
public record Selection(Criterion criterion, List<Integer> selected, String reason) {

  public Selection {
    Objects.requireNonNull(criterion, "criterion");
    selected = ImmutableList.copyOf(selected);
    Objects.requireNonNull(reason, "reason");
    for (int k = 1; k < selected.size(); k++) {
      if (selected.get(k) <= selected.get(k - 1)) {
        throw new IllegalArgumentException("selected positions must increase: " + selected);
      }
    }
  }

  public boolean isSelected(int position) {
    return selected.contains(position);
  }
}
