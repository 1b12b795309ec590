/**
 * Pure-strategy Nash equilibria of n-player normal-form games, found exactly in time linear in the
 * number of cells.
 */
package org.leverage.solve.pure;
