/**
 * Game trees (extensive form): the immutable {@link org.leverage.game.tree.ExtensiveGame} with
 * chance moves, information sets and outcomes at any node; perfect-recall check and subgame roots;
 * exact {@link org.leverage.game.tree.BehaviourProfile}s with realisation probabilities, subgame
 * values and beliefs; the {@link org.leverage.game.tree.ReducedNormalForm} in Gambit's order,
 * through which every normal-form solver applies to trees; and {@link
 * org.leverage.game.tree.InfosetNames}, what every output and message calls an information set.
 */
package org.leverage.game.tree;
