package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A player of a normal-form game and the labels of its strategies, in file order. Labels are
 * descriptive and may repeat (Gambit's own corpus has games where they do); strategies are
 * identified by position.
 */
public record Player(String name, List<String> strategies) {

  public Player {
    name = name == null ? "" : name;
    strategies = ImmutableList.copyOf(strategies);
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("player \"" + name + "\" must have at least one strategy");
    }
  }

  public int numStrategies() {
    return strategies.size();
  }
}
