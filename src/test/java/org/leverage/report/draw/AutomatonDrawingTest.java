package org.leverage.report.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.RepeatedGameSpec;
import org.leverage.testing.TestGames;

class AutomatonDrawingTest {

  @Test
  void drawsEveryStateAndLabelsTransitionsByProfile() throws Exception {
    RepeatedGameSpec spec =
        ((GameFile.Repeated) GameFiles.readAny(Path.of("games/repeated-prisoners-dilemma.yaml")))
            .spec();
    Svg svg = Svg.of(AutomatonDrawing.of("a", spec.game().stage(), spec.automata()));
    assertEquals(
        Set.of(
            "a-0-state-0",
            "a-0-state-1",
            "a-1-state-0",
            "a-1-state-1",
            "a-2-state-0",
            "a-2-state-1",
            "a-3-state-0",
            "a-3-state-1"),
        svg.ids("a-"));
    List<String> texts = svg.texts();
    for (String s : List.of("grim trigger (Row)", "tit-for-tat (Column)", "punish", "nasty")) {
      assertTrue(texts.contains(s), s + " in " + texts);
    }
    // Grim trigger: every profile keeps it punishing; it leaves cooperation on any deviation.
    assertTrue(texts.contains("any"), texts::toString);
    assertTrue(texts.contains("Cooperate/Cooperate"), texts::toString);
  }

  @Test
  void refusesAnAutomatonThatDoesNotFitTheStageGame() {
    NormalFormGame pd = TestGames.prisonersDilemma();
    StrategyAutomaton bad =
        new StrategyAutomaton("bad", 0, List.of("s"), new int[] {5}, new int[][] {{0, 0, 0, 0}});
    assertThrows(IllegalArgumentException.class, () -> AutomatonDrawing.of("a", pd, List.of(bad)));
    assertThrows(IllegalArgumentException.class, () -> AutomatonDrawing.of("a", pd, List.of()));
  }
}
