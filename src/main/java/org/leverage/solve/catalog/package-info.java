/** The solvers by command-line method name, and a timer for benchmarks. */
package org.leverage.solve.catalog;
