/**
 * Lemke-Howson path following for two-player games ({@code --method lcp}): double-precision
 * pivoting with lexicographic degeneracy resolution, certified in exact arithmetic, with
 * fraction-free integer pivoting as the exact reference and fallback.
 */
package org.leverage.solve.lcp;
