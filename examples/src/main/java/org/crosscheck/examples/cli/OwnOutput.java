package org.crosscheck.examples.cli;

import java.util.regex.Pattern;

/**
 * Recognises what this tool writes, so that a report saved into the folder it analyses is not read back as an
 * article on the next run: the HTML report (its generator tag, or its title in reports written before the tag),
 * the JSON and JSON Lines documents, and the text outputs of {@code parse}, {@code extract} and {@code analyze}.
 * Looks at the first few KiB only. Stateless.
 */
final class OwnOutput {

  private OwnOutput() {}

  /** How many bytes of a file {@link #describe(String)} needs. */
  static final int HEAD_BYTES = 4096;

  /** The generator tag the HTML report carries. */
  static final String GENERATOR = "<meta name=\"generator\" content=\"Crosscheck";

  private static final Pattern JSON_DOC = Pattern.compile("^\\s*\\{\\s*\"(schemaVersion|articles|mentions)\"\\s*:");
  private static final Pattern JSONL = Pattern.compile(
      "^\\s*\\{\"type\":\"(article|claim|conflict|agreement|timeline)\"");
  // "4 conflicts in 1 dispute, 3 agreements, 31 claims"; reports written before disputes lack the " in …" part.
  private static final Pattern TEXT_REPORT = Pattern.compile(
      "^\\d+ conflicts(?: in \\d+ disputes?)?, \\d+ agreements, \\d+ claims\\R");
  private static final Pattern EXTRACT_TEXT = Pattern.compile("^== [^\\n]+\\n\\S+#\\d+  ");
  private static final Pattern PARSE_TEXT = Pattern.compile("^[^\\n]+\\n  source:     ");

  /**
   * What the head of a file is when this tool wrote it ("an HTML report"), or {@code null} when it is not one of
   * its outputs.
   */
  static String describe(String head) {
    if (head.contains(GENERATOR) || head.contains("<title>Crosscheck report</title>")) {
      return "a Crosscheck HTML report";
    }
    if (JSON_DOC.matcher(head).find() || JSONL.matcher(head).find()) {
      return "a Crosscheck JSON document";
    }
    if (TEXT_REPORT.matcher(head).find()) {
      return "a Crosscheck analysis report";
    }
    if (EXTRACT_TEXT.matcher(head).find() || PARSE_TEXT.matcher(head).find()) {
      return "the text output of a Crosscheck command";
    }
    return null;
  }
}
