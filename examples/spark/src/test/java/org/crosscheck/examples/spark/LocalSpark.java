package org.crosscheck.examples.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: {@code local[2]}, as on the CI machine's two cores, started once per test JVM. */
final class LocalSpark {

  private LocalSpark() {}

  static synchronized SparkSession session() {
    return SparkSession.builder().appName("crosscheck-test").master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate();
  }
}
