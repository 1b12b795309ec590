package org.leverage.io;

import java.util.Objects;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;

/**
 * A game file of any kind, as {@link GameFiles#readAny} returns it: the kind is the case, chosen by
 * the file's extension and, for YAML, its {@code type:}. A new kind of file (extensive form,
 * scenario) is one more case here and in {@link GameFiles#readAny}.
 */
public sealed interface GameFile {

  /** What the file is called in messages. */
  String source();

  /** A Gambit {@code .nfg} or a YAML {@code type: normal-form} file. */
  record NormalForm(String source, NormalFormGame game) implements GameFile {
    public NormalForm {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(game, "game");
    }
  }

  /** A Gambit {@code .efg} or a YAML {@code type: extensive-form} file: a game tree. */
  record Extensive(String source, ExtensiveGame game) implements GameFile {
    public Extensive {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(game, "game");
    }
  }

  /** A YAML {@code type: repeated} file. */
  record Repeated(String source, RepeatedGameSpec spec) implements GameFile {
    public Repeated {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** A YAML {@code type: scenario} file: a compute-leverage scenario for {@code compare}. */
  record Scenario(String source, ScenarioFile file) implements GameFile {
    public Scenario {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(file, "file");
    }
  }

  /** A YAML {@code type: dynamic} file. */
  record Dynamic(String source, DynamicGameSpec spec) implements GameFile {
    public Dynamic {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(spec, "spec");
    }
  }
}
