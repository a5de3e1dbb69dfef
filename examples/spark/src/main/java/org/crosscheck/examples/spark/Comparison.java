package org.crosscheck.examples.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link CrosscheckSpark#compare} gives: the claims compared (each once), the conflicts, the agreements and
 * the timelines, with the JSON contract's fields, kept by Spark (memory, then disk) once computed so that each
 * group is compared once whichever view is used first. The rows are those of
 * {@code StanceComparator.compare} on all the claims at once; ordering them as the command line does is
 * {@link CrosscheckSpark#write}'s job. Call {@link #unpersist()} when done. Immutable.
 */
public final class Comparison {

  private final Dataset<Row> claims;
  private final Dataset<Row> compared;

  Comparison(Dataset<Row> claims, Dataset<Row> compared) {
    this.claims = claims;
    this.compared = compared;
  }

  /** Every claim compared, once: those in no group too. */
  public Dataset<Row> claims() {
    return CrosscheckSpark.parse(claims, Schemas.CLAIM);
  }

  /** The conflicts (every kind but agreement). */
  public Dataset<Row> conflicts() {
    return CrosscheckSpark.parse(compared.filter(col("type").equalTo("conflict")), Schemas.CONFLICT);
  }

  /** The agreements. */
  public Dataset<Row> agreements() {
    return CrosscheckSpark.parse(compared.filter(col("type").equalTo("agreement")), Schemas.CONFLICT);
  }

  /** One timeline per (holder, target) group. */
  public Dataset<Row> timelines() {
    return CrosscheckSpark.parse(compared.filter(col("type").equalTo("timeline")), Schemas.TIMELINE);
  }

  /** Lets Spark drop the kept results. */
  public void unpersist() {
    claims.unpersist();
    compared.unpersist();
  }
}
