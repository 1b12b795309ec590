/**
 * Solvers for repeated two-player games. Exact: pure and mixed minmax values, smallest discount
 * factors that sustain an action profile with grim-trigger or minmax punishment, discounted payoffs
 * of strategy automata and the one-shot-deviation check of subgame perfection, the feasible and
 * individually rational payoff sets, and the pure subgame-perfect payoff sets of finitely repeated
 * games (Benoit-Krishna). In floating point, with a stated tolerance: the set of pure
 * subgame-perfect payoffs of the infinitely repeated game (Abreu-Sannikov 2014).
 */
package org.leverage.solve.repeated;
