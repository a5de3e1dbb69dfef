package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A token of a sentence as a language module's NLP engine gives it, with its exact span in the article text.
 *
 * @param index the 0-based position in its sentence
 * @param word the word as the engine read it (for Arabic, the segmenter's normalised form of a clitic or stem)
 * @param lemma the lemma, in lower case, or the word in lower case when the engine gives none
 * @param tag the part-of-speech tag ({@code ""} when none)
 * @param begin offset of the first character in the article text, inclusive
 * @param end offset after the last character, exclusive
 */
public record Token(int index, String word, String lemma, String tag, int begin, int end) {

  public Token {
    checkArgument(index >= 0, "index must be >= 0, got %s", index);
    requireNonNull(word, "word");
    requireNonNull(lemma, "lemma");
    requireNonNull(tag, "tag");
    checkArgument(0 <= begin && begin <= end, "need 0 <= begin <= end, got %s and %s", begin, end);
  }
}
