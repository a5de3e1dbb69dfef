package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "Belarus, Poland's former ally, said …", "a one-time critic of the president", "Y's nominal ally": a noun of a tie
 * or a stance modified by a word that ends it ({@code background.tsv} PAST_TITLE) or makes it one in name only
 * (HOLLOW_TIE) says what the holder was, or is on paper; it reports no stance the holder takes now. A modifier of the
 * holder's own title ("the former president's support for Y") is no modifier of the tie and leaves it. People named
 * by a tie they had ("former navy personnel") are no longer of that body either ({@link #formerMembers}). Stateless.
 */
final class LapsedTies {

  private LapsedTies() {}

  /** Whether the nominal cue carries a modifier that ends the tie or hollows it. */
  static boolean lapsed(Graph g, IndexedWord cue) {
    return g.children(cue, "amod", "compound").stream()
        .anyMatch(m -> ending(g, m.word().toLowerCase(Locale.ROOT)) || ending(g, g.hyphenatedLemma(m)));
  }

  /**
   * Whether a modifier, a hyphenated one written whole ("one-time"), ends or hollows a tie; not "ex-Soviet", which
   * dates the holder, not the tie.
   */
  private static boolean ending(Graph g, String word) {
    return g.lex.background(EnglishLexicon.BackgroundClass.PAST_TITLE).contains(word)
        || g.lex.background(EnglishLexicon.BackgroundClass.HOLLOW_TIE).contains(word);
  }

  /**
   * Whether the noun names people by a tie they had ("eight former Indian navy personnel", "former rebels"): whose
   * they were is no target of what is done to them now.
   */
  static boolean formerMembers(Graph g, IndexedWord noun) {
    return g.children(noun, "amod").stream()
        .anyMatch(m -> g.lex.background(EnglishLexicon.BackgroundClass.PAST_TITLE)
            .contains(m.word().toLowerCase(Locale.ROOT)));
  }
}
