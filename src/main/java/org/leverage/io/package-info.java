/**
 * Reading and writing game files: Gambit {@code .nfg} (payoff and outcome versions) and the
 * project's YAML schema, including compute-leverage scenarios; writing output files ({@link
 * org.leverage.io.OutputFiles}). Every error is a {@link org.leverage.io.GameFormatException}
 * naming file, line and what was expected; a file that cannot be written is an {@link
 * org.leverage.io.OutputException}. Readers only read: defaults that need a solver are found by the
 * analyses.
 */
package org.leverage.io;
