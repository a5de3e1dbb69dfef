package org.crosscheck.examples.cli;

/** Output formats of the commands. */
enum Format {
  TEXT, JSON, HTML
}
