package org.leverage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.io.GameFiles;
import org.leverage.solve.catalog.Problem;
import org.leverage.solve.catalog.Solution;
import org.leverage.solve.catalog.SolverCatalog;
import org.leverage.testing.TestGames;

/** Floating-point sections (enumpoly) in the text, JSON and CSV renderers of solve. */
class SolveRenderersFloatingPointTest {

  private static Solution.NormalForm solve(NormalFormGame game, String method) {
    return (Solution.NormalForm)
        SolverCatalog.solve(new Problem.NormalForm(game), method, SolverCatalog.Settings.DEFAULT);
  }

  private static Solution.NormalForm coalition() throws Exception {
    return solve(GameFiles.readNormalForm(Path.of("games/export-control-coalition.nfg")), "all");
  }

  @Test
  void textSaysFloatingPointWithTheToleranceAndEachRegret() throws Exception {
    String text = new SolveTextRenderer(NumberFormat.EXACT).render("x.nfg", coalition());
    assertTrue(text.contains("Method: pure (exact, certified): 2 equilibria"), text);
    assertTrue(
        text.contains(
            "Method: enumpoly (floating point; equilibria have regret at most 4.0e-08): 3"
                + " equilibria"),
        text);
    assertTrue(text.contains("Equilibrium 3 (regret 0.0e+00)"), text);
    // Exact sections print fractions; floating ones six decimals by default.
    assertTrue(text.contains("  Ally A  Follow         0.645751  1.725708"), text);
    // enumpoly claims every equilibrium; the path methods after it find some.
    int paths = text.indexOf("Method: simpdiv");
    assertFalse(text.substring(0, paths).contains("Not complete"), text);
    assertTrue(text.substring(paths).contains("Not complete"), text);
  }

  @Test
  void textRoundsFloatingPointToTheUsersDecimals() throws Exception {
    String text = new SolveTextRenderer(new NumberFormat(2)).render("x.nfg", coalition());
    assertTrue(text.contains("0.65"), text);
    assertFalse(text.contains("0.645751"), text);
  }

  @Test
  void textSaysWhenAResultIsNotComplete() {
    NormalFormGame zero = TestGames.ofInts("zero", new int[] {2, 2, 2}, new int[8][3]);
    String text =
        new SolveTextRenderer(NumberFormat.EXACT).render("x.nfg", solve(zero, "enumpoly"));
    assertTrue(text.contains("Not complete: "), text);
    assertTrue(text.contains("not isolated"), text);
  }

  @Test
  void jsonHasNumbersRegretsToleranceAndCompleteness() throws Exception {
    JsonNode root =
        new ObjectMapper()
            .readTree(new SolveJsonRenderer(NumberFormat.EXACT).render("x", coalition()));
    JsonNode enumpoly = root.get("results").get(1);
    assertEquals("enumpoly", enumpoly.get("method").asText());
    assertFalse(enumpoly.get("exact").asBoolean());
    assertTrue(enumpoly.get("complete").asBoolean());
    assertEquals(4e-8, enumpoly.get("tolerance").asDouble(), 0.0);
    JsonNode mixed = enumpoly.get("equilibria").get(1);
    assertTrue(mixed.get("regret").isNumber());
    JsonNode ally = mixed.get("players").get(1);
    assertTrue(ally.get("probabilities").get(0).isNumber(), ally.toString());
    assertEquals(0.645751, ally.get("probabilities").get(0).asDouble(), 0.0);
    assertTrue(ally.get("payoff").isNumber());
    // The exact section gives numbers, and its exact fractions beside them as strings.
    JsonNode exact = root.get("results").get(0).get("equilibria").get(0).get("players").get(0);
    assertTrue(exact.get("probabilities").get(0).isNumber(), exact.toString());
    assertEquals(1.0, exact.get("probabilities").get(0).asDouble(), 0.0);
    assertEquals("1", exact.get("probabilitiesExact").get(0).asText());
    assertEquals("4", exact.get("payoffExact").asText());
  }

  @Test
  void csvRowsAreGambitsWithTheMethodFirstWhenSeveralRan() throws Exception {
    String csv =
        new SolveCsvRenderer(NumberFormat.EXACT, new SolveCsvShape(false, true, false))
            .render(coalition());
    assertEquals(
        "pure,NE,1,0,1,0,1,0\n"
            + "pure,NE,0,1,0,1,0,1\n"
            + "enumpoly,NE,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000\n"
            + "enumpoly,NE,0.774292,0.225708,0.645751,0.354249,0.645751,0.354249\n"
            + "enumpoly,NE,0.000000,1.000000,0.000000,1.000000,0.000000,1.000000\n"
            + "simpdiv,NE,0.000000,1.000000,0.000000,1.000000,0.000000,1.000000\n"
            + "gnm,NE,1.000000,0.000000,1.000000,0.000000,1.000000,0.000000\n"
            + "gnm,NE,0.774292,0.225708,0.645751,0.354249,0.645751,0.354249\n"
            + "gnm,NE,0.000000,1.000000,0.000000,1.000000,0.000000,1.000000\n",
        csv);
  }
}
