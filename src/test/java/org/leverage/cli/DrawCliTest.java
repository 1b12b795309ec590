package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code leverage draw} and {@code convert ... .tex}: files written, exit codes, messages. */
class DrawCliTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "games/prisoners-dilemma.nfg",
        "games/battle-of-the-sexes.yaml",
        "games/entry-deterrence.efg",
        "games/crisis-denial.yaml",
        "games/repeated-prisoners-dilemma.yaml"
      })
  void drawsEachKindAsSvgAndPngWithTheSameBytesEachTime(String game, @TempDir Path dir)
      throws Exception {
    Path svg = dir.resolve("a.svg");
    CliTest.Run r = CliTest.run("draw", game, "-o", svg.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("wrote " + svg), r.out());
    String first = Files.readString(svg);
    assertTrue(first.contains("<svg"), first);
    assertEquals(0, CliTest.run("draw", game, "-o", svg.toString()).exitCode());
    assertEquals(first, Files.readString(svg));

    Path png = dir.resolve("a.png");
    assertEquals(0, CliTest.run("draw", game, "--output", png.toString()).exitCode());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(r.out().contains(image.getWidth() + "x" + image.getHeight()), r.out());
    byte[] bytes = Files.readAllBytes(png);
    assertEquals(0, CliTest.run("draw", game, "-o", png.toString()).exitCode());
    assertArrayEquals(bytes, Files.readAllBytes(png));
  }

  @Test
  void otherExtensionsAreAUsageError(@TempDir Path dir) {
    CliTest.Run r = CliTest.run("draw", "games/chicken.nfg", "-o", dir.resolve("a.pdf").toString());
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains(".svg or .png"), r.err());
    assertFalse(Files.exists(dir.resolve("a.pdf")));
  }

  @Test
  void treesAboveTheNodeLimitAreASolverLimitNamingTheOption(@TempDir Path dir) {
    Path out = dir.resolve("a.svg");
    CliTest.Run r =
        CliTest.run("draw", "games/entry-deterrence.efg", "--max-nodes", "3", "-o", out.toString());
    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode());
    assertTrue(r.err().contains("--max-nodes"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(
        0,
        CliTest.run("draw", "games/entry-deterrence.efg", "--max-nodes", "5", "-o", out.toString())
            .exitCode());
  }

  @Test
  void scenariosAndDynamicGamesCannotBeDrawn(@TempDir Path dir) {
    CliTest.Run r =
        CliTest.run(
            "draw", "games/export-control-dynamic.yaml", "-o", dir.resolve("a.svg").toString());
    assertEquals(ExitCodes.USAGE, r.exitCode());
    assertTrue(r.err().contains("draw handles"), r.err());
  }

  @Test
  void repeatedReportWritesThePageAndItsChart(@TempDir Path dir) {
    Path report = dir.resolve("report");
    CliTest.Run r =
        CliTest.run(
            "repeated", "games/repeated-prisoners-dilemma.yaml", "--report", report.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("report written to " + report), r.err());
    for (String f : new String[] {"report.html", "report.md", "chart-payoff-sets.svg"}) {
      assertTrue(Files.exists(report.resolve(f)), f);
    }
  }

  @Test
  void convertWritesLatexPayoffTables(@TempDir Path dir) throws Exception {
    Path tex = dir.resolve("bos.tex");
    CliTest.Run r = CliTest.run("convert", "games/battle-of-the-sexes.nfg", tex.toString());
    assertEquals(0, r.exitCode(), r.err());
    String text = Files.readString(tex);
    assertTrue(text.contains("\\begin{tabular}"), text);
    assertTrue(text.contains("$2, 1$"), text);

    Path treeTex = dir.resolve("entry.tex");
    CliTest.Run tree = CliTest.run("convert", "games/entry-deterrence.efg", treeTex.toString());
    assertEquals(0, tree.exitCode(), tree.err());
    assertTrue(tree.out().contains("reduced strategic form"), tree.out());
    // Entrant's reduced strategies are In and Out; Out gives (0, 2) whatever the incumbent does.
    assertTrue(Files.readString(treeTex).contains("$0, 2$ & $0, 2$"), Files.readString(treeTex));
  }
}
