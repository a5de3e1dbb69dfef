package org.crosscheck.examples.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The JSON contract (schema version 1) as Spark types: one column per field of an article, a claim, a conflict and
 * a timeline, nested objects as structs, with the names and order of the JSON the command line writes. Dates are
 * {@code DATE}; a month-day ({@code "--12-02"}) and a time of day stay text, enum values are their names. A
 * {@code SchemasTest} keeps these in step with {@code CrosscheckJson}. Stateless.
 */
final class Schemas {

  private Schemas() {}

  private static final String ACTOR = "STRUCT<`id`: STRING, `name`: STRING, `mention`: STRING, `kind`: STRING, "
      + "`catalogued`: BOOLEAN>";
  private static final String REF = "STRUCT<`id`: STRING, `name`: STRING, `kind`: STRING>";

  /** An article as {@code extract} and {@code analyze} list it (without its text). */
  static final StructType ARTICLE = StructType.fromDDL("`id` STRING, `source` STRING, `title` STRING, "
      + "`outlet` STRING, `published` DATE, `publishedTime` STRING, `language` STRING, `paragraphs` INT, "
      + "`warnings` ARRAY<STRING>");

  /** A claim. */
  static final StructType CLAIM = StructType.fromDDL("`id` STRING, `article` STRING, `language` STRING, "
      + "`actor` " + ACTOR + ", `speaker` " + ACTOR + ", `target` " + ACTOR + ", `stance` STRING, `cue` STRING, "
      + "`negated` BOOLEAN, `modality` STRING, "
      + "`attribution` STRUCT<`chain`: ARRAY<STRUCT<`role`: STRING, `name`: STRING, `actorId`: STRING>>, "
      + "`anonymous`: BOOLEAN, `direct`: BOOLEAN>, "
      + "`evidence` STRUCT<`text`: STRING, `start`: INT, `end`: INT, `part`: STRING>, "
      + "`date` DATE, `dateSource` STRING, `dateText` STRING, `monthDay` STRING, `confidence` DOUBLE, "
      + "`event` STRUCT<`code`: STRING, `label`: STRING>");

  /** A conflict or an agreement. */
  static final StructType CONFLICT = StructType.fromDDL("`id` STRING, `kind` STRING, `holder` " + REF
      + ", `target` " + REF + ", `claims` ARRAY<STRING>, `corroborations` ARRAY<STRING>, `score` DOUBLE, "
      + "`reasons` ARRAY<STRING>, `explanation` STRING, `kinds` ARRAY<STRING>");

  /** A stance timeline of one holder and target. */
  static final StructType TIMELINE = StructType.fromDDL("`holder` " + REF + ", `target` " + REF + ", "
      + "`entries` ARRAY<STRUCT<`date`: DATE, `stance`: STRING, `modality`: STRING, `outlet`: STRING, "
      + "`language`: STRING, `claim`: STRING>>");

  /** An article that could not be read or extracted, and why. */
  static final StructType FAILURE = StructType.fromDDL("`id` STRING, `source` STRING, `reason` STRING");

  /**
   * What extraction gives per input, one row each: an {@code article} (json: the article), a {@code claim}
   * (json: the claim) or a {@code failure} (json: the reason). {@code ordinal} keeps the input order of files.
   */
  static final StructType EXTRACTED = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("ordinal", DataTypes.LongType, true)
      .add("id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  /** What the comparison of a group gives: a {@code conflict}, an {@code agreement} or a {@code timeline}. */
  static final StructType COMPARED = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  /** Articles to extract, in one layout whatever the input: {@code form} is text, html or path (a URI). */
  static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("ordinal", DataTypes.LongType, true)
      .add("form", DataTypes.StringType, false)
      .add("body", DataTypes.StringType, true);

  static List<String> names(StructType t) {
    return Arrays.asList(t.fieldNames());
  }
}
