/**
 * Solvers for game trees: {@link org.leverage.solve.tree.BackwardInductionSolver} (all pure
 * subgame-perfect equilibria of perfect-information trees), {@link
 * org.leverage.solve.tree.SubgamePerfectSolver} (subgames solved bottom-up, each through its
 * reduced strategic form with a pluggable normal-form solver or by sequence-form Lemke), {@link
 * org.leverage.solve.tree.ReducedFormSolver} (Nash equilibria through the reduced strategic form;
 * pure ones also without perfect recall), {@link org.leverage.solve.tree.SequenceFormLpSolver}
 * (two-player constant-sum trees), {@link org.leverage.solve.tree.SequenceFormLcpSolver}
 * (sequence-form Lemke, two-player trees, Gambit's conventions) and the exact certificates of
 * {@link org.leverage.solve.tree.SubgamePerfection}. The catalog's tree methods implement {@link
 * org.leverage.solve.TreeSolver} on top of these ({@code SpeTreeSolver}, {@code
 * ReducedFormTreeSolver}, {@code SequenceFormLcpTreeSolver}, {@code SequenceFormLpTreeSolver}), one
 * result type for all. Solvers that need perfect recall refuse other trees with an {@link
 * java.lang.IllegalArgumentException} that names the violation.
 */
package org.leverage.solve.tree;
