package org.crosscheck.examples.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link CrosscheckSpark#extract} gives: the articles read, their claims and the articles that could not be
 * read, as three views of one extraction that Spark keeps (memory, then disk) once computed, so that the models
 * run once per article whichever view is used first. Columns are the JSON contract's fields ({@code extract}'s
 * articles and claims; failures: {@code id}, {@code source}, {@code reason}). Call {@link #unpersist()} when done.
 * Immutable; the datasets are as thread-safe as Spark makes them.
 */
public final class Extraction {

  private final Dataset<Row> extracted;

  Extraction(Dataset<Row> extracted) {
    this.extracted = extracted;
  }

  /** The articles read, one row each, with the contract's article fields. */
  public Dataset<Row> articles() {
    return ordered().drop("ordinal");
  }

  /** The articles in the order the command line lists them: input order for files, by id for a table. */
  Dataset<Row> ordered() {
    return CrosscheckSpark.parse(extracted.filter(col("type").equalTo("article")), Schemas.ARTICLE, "ordinal")
        .orderBy(col("ordinal").asc_nulls_last(), col("id"));
  }

  /** The claims, one row each, with the contract's claim fields (nested objects as structs). */
  public Dataset<Row> claims() {
    return CrosscheckSpark.parse(extracted.filter(col("type").equalTo("claim")), Schemas.CLAIM);
  }

  /** The articles that could not be read, parsed or extracted: {@code id}, {@code source}, {@code reason}. */
  public Dataset<Row> failures() {
    return extracted.filter(col("type").equalTo("failure"))
        .select(col("id"), col("source"), col("json").as("reason"));
  }

  /** Lets Spark drop the kept extraction. */
  public void unpersist() {
    extracted.unpersist();
  }
}
