package org.crosscheck.internal.catalog;

import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.internal.text.MatchForms;
import org.crosscheck.internal.text.Tokens.Token;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.MentionGrammar;

/**
 * The text a mention finder call works on, its tokens, the catalog and the profile of the requested language,
 * with the questions every composition rule asks: are two tokens side by side, is a candidate a title, a person,
 * a state. Immutable; one per call.
 */
final class Passage {

  final String text;
  final List<Token> tokens;
  final CatalogIndex catalog;
  final LanguageProfile profile;
  final MentionGrammar grammar;

  Passage(String text, List<Token> tokens, CatalogIndex catalog, LanguageProfile profile) {
    this.text = text;
    this.tokens = tokens;
    this.catalog = catalog;
    this.profile = profile;
    this.grammar = profile.mentions();
  }

  /** The folded form of token {@code i}. */
  String form(int i) {
    return tokens.get(i).folded();
  }

  /** The key form of token {@code i}: folded, without the Arabic article (what source words are compared in). */
  String key(int i) {
    return MatchForms.key(tokens.get(i).folded());
  }

  /**
   * Whether tokens end at {@code leftEnd} and start at {@code rightStart} with only spaces between them (not a line
   * break), or an English possessive, or with {@code allowComma} a comma.
   */
  boolean adjacent(int leftEnd, int rightStart, boolean allowComma) {
    if (leftEnd != rightStart) {
      return false;
    }
    int a = tokens.get(leftEnd - 1).end();
    int b = tokens.get(rightStart).start();
    boolean possessive = tokens.get(leftEnd - 1).possessive();
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) && c != '\n') {
        continue;
      }
      if (c == '.' && k == a && abbreviated(leftEnd - 1)) {
        // "U.S. officials", "U.K. embassy": the dot closes the abbreviation, not the sentence.
        continue;
      }
      if (possessive && (c == '\'' || c == '\u2019' || c == 's' || c == 'S') && k < a + 2) {
        continue;
      }
      if (allowComma && (c == ',' || c == '\u060C')) {
        continue;
      }
      return false;
    }
    return true;
  }

  /** Whether token {@code i} is the last letter of a dotted abbreviation ("U.S", before its closing dot). */
  private boolean abbreviated(int i) {
    Token t = tokens.get(i);
    return t.end() - t.start() == 1 && Character.isLetter(text.charAt(t.start())) && t.start() >= 2
        && text.charAt(t.start() - 1) == '.' && Character.isLetter(text.charAt(t.start() - 2));
  }

  /** Whether token {@code i} is joined to the one before it by spaces only. */
  boolean joined(int i) {
    return adjacent(i, i, false);
  }

  /** Whether token {@code i} is joined to the one before it by spaces or one hyphen ("Diaz-Canel"). */
  boolean joinedInName(int i) {
    return joined(i) || hyphenated(i);
  }

  /** Whether token {@code i} follows the one before it after one hyphen and nothing else ("Ji-hoon"). */
  boolean hyphenated(int i) {
    int a = tokens.get(i - 1).end();
    int b = tokens.get(i).start();
    return b == a + 1 && (text.charAt(a) == '-' || text.charAt(a) == '\u2010');
  }

  /** The best-ranked entry of a type, or null. */
  static Entry best(List<Entry> entries, EntryType type) {
    Entry best = null;
    for (Entry e : entries) {
      if (e.type() == type && (best == null || e.rank() < best.rank())) {
        best = e;
      }
    }
    return best;
  }

  /** The state a candidate names: a demonym's state or a state actor. */
  static Actor stateOf(Candidate c) {
    return c.state != null ? c.state : c.actor != null && c.actor.kind() == ActorKind.STATE ? c.actor : null;
  }

  /** A role, or a composite that can introduce a name ("Russian Deputy Energy Minister"). */
  static boolean isTitle(Candidate c) {
    return c.actor != null && (c.actor.kind() == ActorKind.ROLE || c.titleLike && c.actor.kind() != ActorKind.STATE
        && c.actor.kind() != ActorKind.PERSON);
  }

  /** A person not yet named with a title. */
  static boolean isPerson(Candidate c) {
    return c.actor != null && c.actor.kind() == ActorKind.PERSON && c.title == null;
  }
}
