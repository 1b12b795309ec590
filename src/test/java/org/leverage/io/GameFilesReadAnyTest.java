package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameFilesReadAnyTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void dispatchesOnTheYamlType() throws Exception {
    assertInstanceOf(
        GameFile.NormalForm.class, GameFiles.readAny(write("pd.yaml", YamlGameReaderTest.PD)));
    assertInstanceOf(
        GameFile.Repeated.class, GameFiles.readAny(write("rpd.yaml", RepeatedGameReaderTest.PD)));
    GameFile d =
        GameFiles.readAny(
            write(
                "d.yml",
                DynamicGameReaderTest.GAME.replace(
                    "{calm: 0.1, crisis: 0.2, calm: 0.7}", "{calm: 0.1, crisis: 0.9}")));
    assertInstanceOf(GameFile.Dynamic.class, d);
    assertTrue(d.source().endsWith("d.yml"));
  }

  @Test
  void findsTheTypeInFlowStyleToo() throws Exception {
    String flow =
        "{version: 1, players: [A, B], type: dynamic, discount: 1, horizon: 1,"
            + " timing: simultaneous, initial_state: s, actions: {A: [x], B: [y]},"
            + " states: {s: {payoffs: {x: {y: [1, 2]}}, transition: s}}}\n";
    assertInstanceOf(GameFile.Dynamic.class, GameFiles.readAny(write("flow.yaml", flow)));
  }

  @Test
  void readNormalFormStillRefusesOtherKinds() throws IOException {
    Path repeated = write("rpd.yaml", RepeatedGameReaderTest.PD);
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> GameFiles.readNormalForm(repeated));
    // A file of another kind is named by its type before its keys are judged.
    assertEquals(2, e.line());
    assertTrue(
        e.getMessage().contains("type: expected normal-form but found \"repeated\""),
        e.getMessage());
  }

  @Test
  void unknownTypeListsTheKinds() throws IOException {
    Path p = write("x.yaml", "version: 1\n\ntype: extensive\n");
    GameFormatException e = assertThrows(GameFormatException.class, () -> GameFiles.readAny(p));
    assertEquals(3, e.line());
    assertTrue(
        e.getMessage().contains("normal-form, extensive-form, repeated, dynamic"), e.getMessage());
  }

  @Test
  void gambitFilesAreNormalForm() throws Exception {
    Path nfg = write("g.nfg", "NFG 1 R \"x\" { \"1\" \"2\" } { 1 1 }\n1 2\n");
    assertInstanceOf(GameFile.NormalForm.class, GameFiles.readAny(nfg));
  }
}
