package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.solve.UsageException;

/**
 * Every corpus tree written as YAML reads back to the same game (same nodes, movers, information
 * sets, probabilities and payoffs; names may be made unique), and writing is a fixpoint. Also the
 * {@link GameFiles} entry points for trees.
 */
class YamlTreeRoundTripTest {

  static Stream<String> trees() {
    return EfgCorpus.trees().stream().map(EfgCorpus.Entry::name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trees")
  void corpusTreeSurvivesYaml(String name) throws GameFormatException {
    ExtensiveGame efg = EfgCorpus.game(name);
    String yaml = YamlTreeWriter.write(efg);
    ExtensiveGame back = YamlTreeReader.read(name + ".yaml", yaml);
    assertSameGame(efg, back);
    assertEquals(yaml, YamlTreeWriter.write(back), "writing again gives the same text");
  }

  /** Equal as games: labels of sets, actions and outcomes may differ (made unique). */
  static void assertSameGame(ExtensiveGame a, ExtensiveGame b) {
    assertEquals(a.numPlayers(), b.numPlayers());
    assertEquals(a.numNodes(), b.numNodes());
    assertEquals(a.title(), b.title());
    assertEquals(a.infosets().size(), b.infosets().size());
    for (int v = 0; v < a.numNodes(); v++) {
      assertEquals(a.player(v), b.player(v), "player at node " + v);
      assertEquals(a.parent(v), b.parent(v), "parent of node " + v);
      assertEquals(a.nodeLabel(v), b.nodeLabel(v), "label of node " + v);
      assertEquals(a.infosetIndex(v), b.infosetIndex(v), "information set of node " + v);
      assertEquals(a.outcomePayoffs(v), b.outcomePayoffs(v), "payoffs at node " + v);
    }
    for (int i = 0; i < a.infosets().size(); i++) {
      Infoset x = a.infosets().get(i);
      Infoset y = b.infosets().get(i);
      assertEquals(x.player(), y.player());
      assertEquals(x.numActions(), y.numActions());
      assertEquals(x.probabilities(), y.probabilities());
    }
  }

  @Test
  void bundledTreesMatchTheirEfgVersions() throws Exception {
    for (String name : new String[] {"entry-deterrence", "crisis-denial"}) {
      ExtensiveGame yaml = GameFiles.readExtensive(Path.of("games", name + ".yaml"));
      ExtensiveGame efg = GameFiles.readExtensive(Path.of("games", name + ".efg"));
      assertEquals(yaml, efg, name + ": the .efg must be the writer's output for the .yaml");
      assertEquals(
          Files.readString(Path.of("games", name + ".efg"), StandardCharsets.UTF_8),
          EfgWriter.write(yaml),
          name);
    }
  }

  @Test
  void gameFilesTellTreesFromNormalForms(@TempDir Path dir) throws Exception {
    assertTrue(
        GameFiles.readAny(Path.of("games", "entry-deterrence.yaml")) instanceof GameFile.Extensive);
    assertTrue(
        GameFiles.readAny(Path.of("games", "entry-deterrence.efg")) instanceof GameFile.Extensive);
    assertTrue(GameFiles.readAny(Path.of("games", "chicken.yaml")) instanceof GameFile.NormalForm);
    Path noExtension = dir.resolve("tree");
    ExtensiveGame cent2 = EfgCorpus.game("cent2.efg");
    Files.writeString(noExtension, EfgWriter.write(cent2), StandardCharsets.UTF_8);
    assertSameGame(cent2, ((GameFile.Extensive) GameFiles.readAny(noExtension)).game());
    assertSameGame(cent2, GameFiles.readExtensive(noExtension));
  }

  @Test
  void writesTreesByExtension(@TempDir Path dir) throws IOException, GameFormatException {
    ExtensiveGame g = EfgCorpus.game("cent2.efg");
    for (String ext : new String[] {"efg", "yaml", "yml"}) {
      Path out = dir.resolve("g." + ext);
      GameFiles.write(g, out);
      assertSameGame(g, GameFiles.readExtensive(out));
    }
    assertThrows(UsageException.class, () -> GameFiles.write(g, dir.resolve("g.txt")));
    GameFormatException nfg =
        assertThrows(
            GameFormatException.class, () -> GameFiles.readExtensive(dir.resolve("x.nfg")));
    assertTrue(nfg.getMessage().contains("normal-form"), nfg.getMessage());
  }
}
