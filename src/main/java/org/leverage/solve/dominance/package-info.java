/**
 * Iterated elimination of strictly dominated strategies, by pure strategies and by mixed strategies
 * found by linear programming and certified in exact arithmetic.
 */
package org.leverage.solve.dominance;
