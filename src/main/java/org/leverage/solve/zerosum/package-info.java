/**
 * Two-player constant-sum games by linear programming ({@code --method lp}): the value and a pair
 * of optimal strategies, found with Commons Math's simplex method and certified exactly.
 */
package org.leverage.solve.zerosum;
