package org.leverage.game.dynamic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabularDynamicGameTest {

  private static TabularDynamicGame.Builder builder() {
    return TabularDynamicGame.builder(
        List.of("US", "China"),
        List.of("calm", "crisis"),
        List.of(
            List.of(List.of("OPEN", "FULL"), List.of("FULL")),
            List.of(List.of("DEPEND", "INDIGENIZE"), List.of("DEPEND", "INDIGENIZE"))));
  }

  private static TabularDynamicGame.Builder complete() {
    TabularDynamicGame.Builder b = builder();
    for (int a = 0; a < 2; a++) {
      for (int c = 0; c < 2; c++) {
        b.payoffs(0, a, c, a, c);
      }
    }
    b.payoffs(1, 0, 0, -1, -2).payoffs(1, 0, 1, -3, -4);
    b.transition(0, new int[] {0, 1}, new double[] {0.9, 0.1});
    b.transition(1, new int[] {0}, new double[] {1});
    return b;
  }

  @Test
  void tablesAreServedByTheCallbacks() {
    TabularDynamicGame g = complete().horizon(4).discount(0.5).terminalValues(1, 7, 8).build();
    assertEquals(2, g.numStates());
    assertEquals(4, g.horizon());
    assertEquals(0.5, g.discount());
    assertEquals(2, g.maxSuccessors());
    assertEquals(1, g.numActions(0, 1));
    assertEquals("INDIGENIZE", g.actionLabel(1, 1, 1));
    assertEquals("crisis", g.stateLabel(1));
    double[] u = new double[2];
    g.payoffs(3, 1, 0, 1, u);
    assertArrayEquals(new double[] {-3, -4}, u);
    int[] succ = new int[2];
    double[] prob = new double[2];
    assertEquals(2, g.transition(0, 0, 1, 1, succ, prob));
    assertArrayEquals(new int[] {0, 1}, succ);
    assertArrayEquals(new double[] {0.9, 0.1}, prob);
    assertEquals(8, g.terminalValue(1, 1));
  }

  @Test
  void missingAndMalformedEntriesAreNamed() {
    TabularDynamicGame.Builder b = builder();
    b.transition(0, new int[] {0}, new double[] {1}).transition(1, new int[] {1}, new double[] {1});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("no payoffs were given for state calm, actions (OPEN, DEPEND)", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder().transition(1, 0, 1, new int[] {0, 1}, new double[] {0.5, 0.4}));
    assertEquals(
        "transition probabilities of state crisis, actions (FULL, INDIGENIZE) sum to 0.9, not 1",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> builder().transition(0, 1, 0, new int[] {2}, new double[] {1}));
    assertEquals(
        "transition of state calm, actions (FULL, DEPEND) leads to unknown state 2",
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> builder().payoffs(1, 1, 0, 0, 0));
    assertEquals("actions (1, 0) out of range in state crisis with 1x2 actions", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder().discount(1.5));
    assertThrows(IllegalArgumentException.class, () -> builder().horizon(0));
  }
}
