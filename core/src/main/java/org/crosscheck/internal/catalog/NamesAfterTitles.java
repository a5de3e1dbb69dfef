package org.crosscheck.internal.catalog;

import java.util.List;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.internal.text.Tokens.Token;
import org.crosscheck.spi.MentionGrammar.NameShape;
import org.crosscheck.spi.MentionGrammar.Word;

/**
 * A title followed by a name the catalog lacks becomes an ad-hoc person belonging to the title's actor ("Deputy
 * Foreign Minister Andrey Rudenko", "نائب وزير الخارجية الروسي ألكسندر غروشكو"). The name is told from the words
 * after it the way the grammar says ({@link NameShape}): a run of capitalised words, or, in a script
 * without capitals, two words that are neither function words nor definite before a boundary. Stateless.
 */
final class NamesAfterTitles {

  private NamesAfterTitles() {}

  /** The longest capitalised name read after a title. */
  private static final int MAX_WORDS = 4;

  /** Punctuation after which a name is complete. */
  private static final String BOUNDARY = ",\u060C.:\"«؛";

  static void apply(Passage p, List<Candidate> items) {
    switch (p.grammar.namesAfterTitles()) {
      case CAPITALISED -> capitalised(p, items);
      case TWO_WORDS -> twoWords(p, items);
      case NONE -> { }
    }
  }

  private static void capitalised(Passage p, List<Candidate> items) {
    for (Candidate it : items) {
      if (!Passage.isTitle(it) || it.title != null || !personTitle(p, it)) {
        continue;
      }
      int j = it.to;
      int end = j;
      // "Park Ji-hoon", "Lee Jae-myung": a given name's second half after a hyphen is written in lower case.
      while (end < p.tokens.size() && end - j < MAX_WORDS
          && (p.tokens.get(end).capitalized() || p.hyphenated(end))
          && !p.grammar.is(Word.NOT_NAME, p.form(end)) && Candidate.startingAt(items, end) == null && (end == j ? p.joined(end) : p.joinedInName(end))) {
        end++;
      }
      if (end - j >= 2) {
        name(p, it, j, end);
      }
    }
  }

  private static void twoWords(Passage p, List<Candidate> items) {
    for (Candidate it : items) {
      if (!Passage.isTitle(it) || it.title != null || it.to + 2 > p.tokens.size()) {
        continue;
      }
      int j = it.to;
      if (nameWord(p, p.tokens.get(j)) && nameWord(p, p.tokens.get(j + 1)) && Candidate.startingAt(items, j) == null
          && Candidate.startingAt(items, j + 1) == null && p.joined(j) && p.joined(j + 1)
          && boundaryAfter(p, j + 2)) {
        name(p, it, j, j + 2);
      }
    }
  }

  /**
   * Whether a title can stand before a person's name: a role, or a title ending in a title noun ("Deputy Foreign
   * Minister"), not a group a demonym and an agent noun make ("Sudan's paramilitary Rapid Support Forces" names no
   * person "Rapid Support").
   */
  private static boolean personTitle(Passage p, Candidate it) {
    return it.actor.kind() == ActorKind.ROLE || p.grammar.is(Word.TITLE_NOUN, p.form(it.to - 1));
  }

  /** Makes {@code it} the person named by tokens {@code [from, to)}, with its title. */
  private static void name(Passage p, Candidate it, int from, int to) {
    String name = p.text.substring(p.tokens.get(from).start(), p.tokens.get(to - 1).end());
    Actor person = MadeUpActors.adHoc(name, ActorKind.PERSON, it.actor);
    it.title = it.actor;
    it.actor = person;
    it.to = to;
  }

  /**
   * A word that can be part of a name: in the language's script, not a function word, and not definite (Arabic
   * writes the article with a bare alef; "ألكسندر", with a hamza, is a name, "الكسندر" is not read as one).
   */
  private static boolean nameWord(Passage p, Token t) {
    String f = t.folded();
    if (f.length() < 3 || !inScript(p, f.codePointAt(0))) {
      return false;
    }
    String first = String.valueOf(p.text.charAt(t.start()));
    boolean definite = startsWithAny(f, p.grammar.words(Word.ARTICLE)) && !p.grammar.is(Word.NAME_INITIAL, first)
        || startsWithAny(f, p.grammar.words(Word.CLITIC_ARTICLE));
    return !definite && !p.grammar.is(Word.FUNCTION_WORD, f);
  }

  private static boolean inScript(Passage p, int codePoint) {
    return p.profile.script().map(s -> Character.UnicodeScript.of(codePoint) == s)
        .orElse(Character.isLetter(codePoint));
  }

  static boolean startsWithAny(String word, Set<String> prefixes) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Punctuation, the end of the text, or a word after which a name is complete (إن، في). */
  private static boolean boundaryAfter(Passage p, int i) {
    if (i >= p.tokens.size()) {
      return true;
    }
    for (int k = p.tokens.get(i - 1).end(); k < p.tokens.get(i).start(); k++) {
      if (BOUNDARY.indexOf(p.text.charAt(k)) >= 0) {
        return true;
      }
    }
    return p.grammar.is(Word.NAME_END, p.form(i));
  }
}
