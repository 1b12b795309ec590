package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;

/** A labelled outcome: one exact payoff per player, as in Gambit's outcome-version files. */
public record Outcome(String label, List<BigFraction> payoffs) {

  public Outcome {
    label = label == null ? "" : label;
    payoffs = ImmutableList.copyOf(payoffs);
  }
}
