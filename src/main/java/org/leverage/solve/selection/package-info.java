/**
 * Selection among the equilibria of a normal-form game ({@code solve --select CRITERION}): given
 * the exact equilibria a method found, the ones a criterion picks, with the reason. Criteria:
 * Pareto efficiency, payoff dominance and risk dominance (J. Harsanyi, R. Selten, A General Theory
 * of Equilibrium Selection in Games, MIT Press 1988), the last generalised beyond 2x2 games by the
 * Nash product of deviation losses. Every comparison is exact; where a criterion does not pick an
 * equilibrium (a tie, a cycle, too few strict equilibria) the selection is empty and the reason
 * says why, rather than guessing.
 */
package org.leverage.solve.selection;
