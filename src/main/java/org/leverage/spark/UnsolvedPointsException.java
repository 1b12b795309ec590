package org.leverage.spark;

import org.leverage.solve.SolverLimitException;

/**
 * Some points of a distributed sweep reached a solver limit. Every other point was solved and every
 * point, solved or not, is recorded in the batch's Parquet files; the summary is not written, since
 * each analysis needs all its points (exit code 4, as when the local runner meets the limit).
 */
final class UnsolvedPointsException extends SolverLimitException {

  private static final long serialVersionUID = 1L;

  UnsolvedPointsException(String reached, String hint) {
    super(reached, hint);
  }
}
