package org.leverage.cli;

import java.io.PrintWriter;
import java.util.Objects;
import org.leverage.game.MixedProfile;
import org.leverage.report.NumberFormat;
import org.leverage.report.ProbabilityDigits;
import org.leverage.report.SolveCsvRenderer;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.ForwardingWatch;
import org.leverage.solve.Watch;

/**
 * {@code solve --stream}: prints each equilibrium's CSV row the moment a solver reports it, in the
 * order found, then passes the report on.
 */
final class StreamedRows extends ForwardingWatch {

  private final PrintWriter out;
  private final NumberFormat numbers;
  private final SolveCsvRenderer rows;

  StreamedRows(Watch next, PrintWriter out, NumberFormat numbers, SolveCsvRenderer rows) {
    super(next);
    this.out = Objects.requireNonNull(out, "out");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.rows = Objects.requireNonNull(rows, "rows");
  }

  @Override
  public synchronized void found(MixedProfile equilibrium) {
    // Checked row by row, as the whole solution is only checked once every row is out.
    ProbabilityDigits.require(numbers, ProbabilityDigits.needed(equilibrium));
    out.print(rows.row(equilibrium));
    out.flush();
    super.found(equilibrium);
  }

  @Override
  public synchronized void foundApproximately(ApproximateSolver.Equilibrium equilibrium) {
    out.print(rows.row(equilibrium.profile()));
    out.flush();
    super.foundApproximately(equilibrium);
  }
}
