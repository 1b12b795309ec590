/**
 * Sensitivity sweeps on Apache Spark: {@link org.leverage.spark.SweepJob}, run by {@code
 * spark-submit}, runs {@code leverage sensitivity} with every point evaluated on the cluster's
 * partitions by {@link org.leverage.spark.SparkEvaluator}, which records each solve as Parquet. The
 * analyses, summaries and renderers are the local command's, so the output is the same bytes. Spark
 * is a {@code provided} dependency: nothing outside this package uses Spark or this package, and
 * the runnable jar does not contain Spark (README, "Past one machine").
 */
package org.leverage.spark;
