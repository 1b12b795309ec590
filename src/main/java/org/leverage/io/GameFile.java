package org.leverage.io;

import java.util.Objects;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.Problem;

/**
 * A game file of any kind, as {@link GameFiles#readAny} returns it: the kind is the case, chosen by
 * the file's extension and, for YAML, its {@code type:}. Code that handles every kind goes through
 * {@link #accept}, so the compiler checks that none is forgotten; a new kind of file is one more
 * case here, in the visitor and in {@link GameFiles#readAny}.
 */
public sealed interface GameFile {

  /** What the file is called in messages. */
  String source();

  /**
   * The game and how the file says to solve it, for the solver catalog.
   *
   * @throws UsageException for a file that another command solves (a scenario: {@code compare})
   */
  Problem problem();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of file. */
  interface Visitor<R> {
    R normalForm(NormalForm file);

    R extensive(Extensive file);

    R repeated(Repeated file);

    R dynamic(Dynamic file);

    R scenario(Scenario file);
  }

  /** A Gambit {@code .nfg} or a YAML {@code type: normal-form} file. */
  record NormalForm(String source, NormalFormGame game) implements GameFile {
    public NormalForm {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(game, "game");
    }

    @Override
    public Problem problem() {
      return new Problem.NormalForm(game);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.normalForm(this);
    }
  }

  /** A Gambit {@code .efg} or a YAML {@code type: extensive-form} file: a game tree. */
  record Extensive(String source, ExtensiveGame game) implements GameFile {
    public Extensive {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(game, "game");
    }

    @Override
    public Problem problem() {
      return new Problem.Tree(game);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.extensive(this);
    }
  }

  /** A YAML {@code type: repeated} file. */
  record Repeated(String source, RepeatedGameSpec spec) implements GameFile {
    public Repeated {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(spec, "spec");
    }

    @Override
    public Problem problem() {
      return new Problem.Repeated(spec.game());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.repeated(this);
    }
  }

  /**
   * A YAML {@code type: scenario} file: a compute-leverage scenario. It is solved by {@code
   * compare}, which solves the model's game under each regime, not by the solver catalog.
   */
  record Scenario(String source, ScenarioFile file) implements GameFile {
    public Scenario {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(file, "file");
    }

    /**
     * Never returns: a scenario is not one game for the catalog.
     *
     * @throws UsageException naming the command that solves it
     */
    @Override
    public Problem problem() {
      throw new UsageException(
          source + " is a compute-leverage scenario; run: leverage compare " + source);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.scenario(this);
    }
  }

  /** A YAML {@code type: dynamic} file. */
  record Dynamic(String source, DynamicGameSpec spec) implements GameFile {
    public Dynamic {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(spec, "spec");
    }

    @Override
    public Problem problem() {
      return spec.problem();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dynamic(this);
    }
  }
}
