/**
 * Exact numbers: rationals parsed from text (never through {@code double}), the single {@link
 * org.leverage.numeric.Tolerance} used by floating-point searches, and the exact linear algebra
 * every solver shares to certify what the searches find: linear systems ({@link
 * org.leverage.numeric.ExactLinearSystem}), fraction-free integer pivoting ({@link
 * org.leverage.numeric.IntegerPivoting}), linear programs ({@link
 * org.leverage.numeric.ExactSimplex}) and small matrix helpers ({@link
 * org.leverage.numeric.Matrices}).
 */
package org.leverage.numeric;
