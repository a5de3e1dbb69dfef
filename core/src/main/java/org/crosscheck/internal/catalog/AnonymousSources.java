package org.crosscheck.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.internal.catalog.AliasIndex.Match;
import org.crosscheck.internal.text.MatchForms;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.crosscheck.spi.MentionGrammar.Word;

/**
 * Anonymous sources: a source noun of the grammar, with its modifiers and whom the text says it is close to —
 * "informed sources", "a source close to the presidency", "Kremlin insiders", "مصدر مقرب من الرئاسة", "أوساط روسية".
 * Where the language puts modifiers and affiliations follows its {@link DemonymOrder}: before the noun (a state or
 * actor right before it is the affiliation), or after it (an actor or demonym right after it is). Up to seven
 * words after the noun are read for modifiers and links to an actor. A
 * {@link Word#QUALIFIED_SOURCE_HEAD} without a modifier or an affiliation is no source ("insiders", "مسؤول").
 * Stateless.
 */
final class AnonymousSources {

  private AnonymousSources() {}

  /** How far after the source noun its modifiers and affiliation are looked for, in tokens. */
  private static final int LOOK_AHEAD = 8;

  /** The anonymous sources in the passage, outside the {@code items} already found. */
  static List<Candidate> find(Passage p, List<Candidate> items, MadeUpActors madeUp) {
    MentionGrammar g = p.grammar;
    boolean before = g.demonymOrder() == DemonymOrder.BEFORE_NOUN;
    boolean after = g.demonymOrder() == DemonymOrder.AFTER_NOUN;
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < p.tokens.size(); i++) {
      String head = p.key(i);
      if (!g.is(Word.SOURCE_HEAD, head) && !g.is(Word.QUALIFIED_SOURCE_HEAD, head) || Candidate.inside(items, i)) {
        continue;
      }
      int start = i;
      boolean modified = false;
      if (before) {
        while (start > 0 && (g.is(Word.SOURCE_MODIFIER, p.key(start - 1))
            || g.is(Word.SOURCE_DETERMINER, p.key(start - 1)))) {
          start--;
          modified |= !g.is(Word.SOURCE_DETERMINER, p.key(start));
        }
      }
      Actor affiliation = null;
      int end = i + 1;
      Candidate left = Candidate.endingAt(items, i);
      if (before && left != null && p.adjacent(left.to, i, false)) {
        // "Kremlin sources", "Russian officials' sources": the actor right before the noun.
        affiliation = left.actor;
        start = Math.min(start, left.from);
      }
      int limit = Math.min(p.tokens.size(), i + LOOK_AHEAD);
      for (int j = i + 1; j < limit; j++) {
        String w = p.key(j);
        Candidate at = Candidate.startingAt(items, j);
        if (at != null) {
          boolean linked = j > i + 1 && isLink(g, p.key(j - 1));
          if (linked || after && j == i + 1) {
            affiliation = at.actor != null ? at.actor : at.state;
            end = at.to;
          }
          break;
        }
        if (isModifier(g, w, after)) {
          modified = true;
          end = j + 1;
          continue;
        }
        if (isLink(g, w)) {
          continue;
        }
        if (after && (w.length() <= 2 || NamesAfterTitles.startsWithAny(w, g.words(Word.ARTICLE)))) {
          // Short particles and definite adjectives agreeing with the noun ("المصادر المطلعة").
          continue;
        }
        break;
      }
      if (after && affiliation == null && i + 1 < p.tokens.size()) {
        // A demonym right after the noun: "أوساط روسية".
        Match m = p.catalog.aliases().longestAt(p.tokens, i + 1);
        if (m != null && m.from() == i + 1) {
          Entry demonym = Passage.best(m.entries(), EntryType.DEMONYM);
          if (demonym != null) {
            affiliation = p.catalog.actor(demonym.target()).orElse(null);
            end = Math.max(end, m.to());
          }
        }
      }
      if (g.is(Word.QUALIFIED_SOURCE_HEAD, head) && affiliation == null && !modified) {
        continue;
      }
      Candidate c = new Candidate(start, end);
      c.actor = madeUp.anonymous(affiliation);
      out.add(c);
      i = end - 1;
    }
    return out;
  }

  private static boolean isLink(MentionGrammar g, String w) {
    return g.is(Word.SOURCE_LINK, w) || g.is(Word.SOURCE_RELATION, w);
  }

  /**
   * A word qualifying the source after its noun. Where modifiers follow the noun they agree with it, so their
   * inflected forms count too ("مقربة", "المطلعين").
   */
  private static boolean isModifier(MentionGrammar g, String w, boolean inflected) {
    if (qualifies(g, w)) {
      return true;
    }
    if (inflected) {
      for (String f : MatchForms.forms(w, true)) {
        if (qualifies(g, f)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean qualifies(MentionGrammar g, String w) {
    return g.is(Word.SOURCE_MODIFIER, w) || g.is(Word.SOURCE_DETERMINER, w) || g.is(Word.SOURCE_RELATION, w);
  }
}
