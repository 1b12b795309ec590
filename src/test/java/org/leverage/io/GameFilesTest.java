package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.UsageException;

class GameFilesTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String pdNfg() throws IOException {
    return Files.readString(NfgCorpus.game("pd.nfg"));
  }

  @Test
  void dispatchesByExtension() throws Exception {
    NormalFormGame nfg = GameFiles.readNormalForm(file("pd.nfg", pdNfg()));
    assertEquals(NfgReader.read("pd", pdNfg()), nfg);
    assertEquals(nfg, GameFiles.readNormalForm(file("PD.NFG", pdNfg())));
    NormalFormGame yaml = GameFiles.readNormalForm(file("pd.yaml", YamlGameReaderTest.PD));
    assertEquals("Prisoner's dilemma", yaml.title());
    assertEquals(yaml, GameFiles.readNormalForm(file("pd.yml", YamlGameReaderTest.PD)));
  }

  @Test
  void unknownExtensionIsSniffed() throws Exception {
    assertEquals(2, GameFiles.readNormalForm(file("pd.txt", pdNfg())).numPlayers());
    assertEquals(2, GameFiles.readNormalForm(file("pd", YamlGameReaderTest.PD)).numPlayers());
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> GameFiles.readNormalForm(file("x.game", "players: [a\n")));
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(e.getMessage().contains("so it was read as YAML"), e.getMessage());
    e =
        assertThrows(
            GameFormatException.class,
            () -> GameFiles.readNormalForm(file("x.game", "NFG 1 R \"\" { }")));
    assertTrue(e.getMessage().contains("read as Gambit .nfg"), e.getMessage());
  }

  @Test
  void extensionDecidesEvenWhenTheContentIsTheOtherFormat() throws Exception {
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> GameFiles.readNormalForm(file("pd.nfg", "version: 1")));
    assertTrue(
        e.getMessage().startsWith(dir.resolve("pd.nfg") + ":1: expected NFG"), e.getMessage());
  }

  @Test
  void extensiveFormFilesAreNamedAsSuch() throws Exception {
    GameFormatException e =
        assertThrows(
            GameFormatException.class,
            () -> GameFiles.readNormalForm(file("tree.efg", "EFG 2 R \"\" { }")));
    assertTrue(e.getMessage().contains("extensive-form game (.efg)"), e.getMessage());
  }

  @Test
  void writesByExtensionAndReadsBack() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("todd3.nfg"));
    Path nfg = dir.resolve("out.nfg");
    GameFiles.write(g, nfg);
    assertEquals(g, GameFiles.readNormalForm(nfg));
    Path yaml = dir.resolve("out.yaml");
    GameFiles.write(g, yaml);
    assertTrue(Files.readString(yaml).startsWith("version: 1\ntype: normal-form\n"));
    NormalFormGame back = GameFiles.readNormalForm(yaml);
    assertEquals(g.payoff(0, g.cellIndex(6, 3)), back.payoff(0, back.cellIndex(6, 3)));
    assertThrows(UsageException.class, () -> GameFiles.write(g, dir.resolve("out.txt")));
  }

  @Test
  void aFailedWriteIsAnOutputErrorNamingTheFileAndTheReason() throws Exception {
    NormalFormGame g = NfgReader.read(NfgCorpus.game("todd3.nfg"));
    Path out = dir.resolve("no-such-folder").resolve("out.nfg");
    OutputException e = assertThrows(OutputException.class, () -> GameFiles.write(g, out));
    assertEquals("cannot write " + out + ": no such file or folder", e.getMessage());
  }

  @Test
  void invalidUtf8IsRefused() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xFE});
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> GameFiles.readNormalForm(bad));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("byte 0xFE at offset 8 is not valid UTF-8"), e.getMessage());
  }

  @Test
  void oversizedFileIsRefusedBeforeReading() throws Exception {
    Path big = dir.resolve("big.nfg");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(GameFiles.MAX_FILE_BYTES + 1); // sparse: no disk space, no reading
    }
    GameFormatException e =
        assertThrows(GameFormatException.class, () -> GameFiles.readNormalForm(big));
    assertTrue(e.getMessage().contains("at most 536870912 bytes (512 MiB)"), e.getMessage());
  }
}
