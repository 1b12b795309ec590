/**
 * Repeated two-player games with exact payoffs: the stage game and discount, and finite strategy
 * automata (Moore machines) such as always-defect, grim trigger and tit-for-tat.
 */
package org.leverage.game.repeated;
