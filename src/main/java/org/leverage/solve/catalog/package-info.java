/**
 * One catalog of the solve methods for every kind of game ({@link
 * org.leverage.solve.catalog.SolverCatalog}): their names, which kinds each applies to and what it
 * does there (the text of {@code --help}), the limits they run with, and the one entry point that
 * checks a request and runs it, from a {@link org.leverage.solve.catalog.Problem} to a {@link
 * org.leverage.solve.catalog.Solution}, computed in full so that renderers only format; and a timer
 * for benchmarks. Dispatch over kinds of game goes through visitors the compiler checks.
 */
package org.leverage.solve.catalog;
