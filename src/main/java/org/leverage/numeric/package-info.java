/**
 * Exact numbers: rationals parsed from text (never through {@code double}), the single
 * {@link org.leverage.numeric.Tolerance} used by floating-point searches, and exact linear
 * solves used to certify what the searches find.
 */
package org.leverage.numeric;
