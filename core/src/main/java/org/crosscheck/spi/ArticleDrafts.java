package org.crosscheck.spi;

import java.util.List;

/**
 * The drafts accepted from a whole article, for a module's article-level pass ({@link LanguageExtraction#finish}).
 * A pass may give a draft a voice it could not see from its own sentence.
 *
 * <p>Not thread-safe: one instance per article being read.
 */
public interface ArticleDrafts {

  /**
   * One accepted draft.
   *
   * @param index its position among the entries
   * @param draft the draft
   * @param start the start of the sentence it was read from
   * @param end the end of that sentence
   * @param holderId the id of the holder, its office resolved
   * @param voiced whether a voice other than the holder reports it
   */
  record Entry(int index, ClaimDraft draft, int start, int end, String holderId, boolean voiced) {}

  /** The article's actors. */
  ArticleActors actors();

  /** The accepted drafts, in the order they were read. */
  List<Entry> entries();

  /** Replaces the draft at {@code index} by {@code draft} (same holder, target and stance). */
  void replace(int index, ClaimDraft draft);
}
