package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.qre.LogitBranch;
import org.leverage.solve.qre.LogitFit;

/**
 * What {@code solve --method qre} found ({@link SolverCatalog#solveQre}): the limit of the
 * principal logit branch, the QRE at requested lambdas, the traced branch, or the fit of lambda to
 * observed play. Computed in full; renderers only format it.
 */
public sealed interface QreSolution {

  NormalFormGame game();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of answer, so that the compiler checks none is forgotten. */
  interface Visitor<R> {
    R limit(Limit limit);

    R atLambdas(AtLambdas points);

    R branch(Branch branch);

    R fit(Fit fit);
  }

  /** The limit of the branch as one equilibrium with its regret ({@code --method qre}). */
  record Limit(NormalFormGame game, ApproximateSolver.Result result) implements QreSolution {
    public Limit {
      Objects.requireNonNull(game, "game");
      Objects.requireNonNull(result, "result");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.limit(this);
    }
  }

  /** The QRE at each requested lambda, in the order asked ({@code --lambda}). */
  record AtLambdas(NormalFormGame game, List<LogitBranch.Point> points) implements QreSolution {
    public AtLambdas {
      Objects.requireNonNull(game, "game");
      points = ImmutableList.copyOf(points);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.atLambdas(this);
    }
  }

  /** Every point of the traced branch ({@code --branch}). */
  record Branch(NormalFormGame game, LogitBranch.Trace trace) implements QreSolution {
    public Branch {
      Objects.requireNonNull(game, "game");
      Objects.requireNonNull(trace, "trace");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.branch(this);
    }
  }

  /** The maximum-likelihood lambda for observed counts ({@code --fit}). */
  record Fit(NormalFormGame game, LogitFit.Counts counts, LogitFit.Estimate estimate)
      implements QreSolution {
    public Fit {
      Objects.requireNonNull(game, "game");
      Objects.requireNonNull(counts, "counts");
      Objects.requireNonNull(estimate, "estimate");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fit(this);
    }
  }
}
