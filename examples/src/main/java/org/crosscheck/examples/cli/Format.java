package org.crosscheck.examples.cli;

/**
 * Output formats of the commands: {@code html} is for {@code analyze}, {@code jsonl} for {@code extract} and
 * {@code analyze}.
 */
enum Format {
  TEXT, JSON, JSONL, HTML
}
