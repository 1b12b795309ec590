package org.leverage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;

/**
 * Seeded random damage to valid files: each damaged text must either read as a game or be refused
 * with a one-line {@link GameFormatException}; never another exception, a hang or a stack overflow.
 */
class MalformedInputFuzzTest {

  private static final String[] DEBRIS = {
    "{",
    "}",
    ",",
    "\"",
    "\\",
    " ",
    "\n",
    "0",
    "-",
    "/",
    ".",
    "e",
    "NaN",
    "1/0",
    "[",
    "]",
    ":",
    "- ",
    "&a",
    "*a",
    "#",
    "\t",
    "'",
    "!!int",
    "\u0000",
    "---",
    "~",
    "?",
    "|",
    ">",
    "9".repeat(30)
  };

  private interface Reader {
    NormalFormGame read(String text) throws GameFormatException;
  }

  private static void fuzz(String original, Reader reader, long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 400; round++) {
      StringBuilder sb = new StringBuilder(original);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits && sb.length() > 0; e++) {
        int at = random.nextInt(sb.length());
        switch (random.nextInt(4)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, DEBRIS[random.nextInt(DEBRIS.length)]);
          case 2 -> sb.setLength(at);
          default -> sb.replace(at, Math.min(sb.length(), at + 1 + random.nextInt(8)), "");
        }
      }
      String text = sb.toString();
      try {
        reader.read(text);
      } catch (GameFormatException ex) {
        assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
        assertEquals(
            ex.getMessage(),
            ex.source() + (ex.line() > 0 ? ":" + ex.line() : "") + ": " + ex.problem());
      } catch (RuntimeException | StackOverflowError ex) {
        fail("unexpected " + ex + " on input:\n" + text, ex);
      }
    }
  }

  @Test
  void damagedNfgFiles() throws Exception {
    List<Path> files = NfgCorpus.nfgFiles();
    for (int i = 0; i < files.size(); i += 4) {
      fuzz(Files.readString(files.get(i)), text -> NfgReader.read("fuzz.nfg", text), i);
    }
  }

  @Test
  void damagedYamlFiles() throws Exception {
    String converted = YamlGameWriter.write(NfgReader.read(NfgCorpus.game("coord333.nfg")));
    fuzz(YamlGameReaderTest.PD, text -> YamlGameReader.read("fuzz.yaml", text), 1);
    fuzz(converted, text -> YamlGameReader.read("fuzz.yaml", text), 2);
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "payoffs: " + "[".repeat(100_000);
    try {
      YamlGameReader.read("deep.yaml", deep);
      fail("deep nesting accepted");
    } catch (GameFormatException e) {
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }
}
