package org.crosscheck;

/** Where a claim's date comes from. */
public enum DateSource {
  /** The text dates the event ("On December 2", "أمس الخميس"), resolved against the publication date. */
  TEXT,
  /** The text gives no event date: the article's publication date stands in. */
  PUBLICATION,
  /** Neither the text nor the article gives a usable date. */
  UNKNOWN
}
