package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.Mention;
import org.crosscheck.spi.ActorSpan;

/**
 * The body a quote's speaker speaks for by the title his sentence gives him ("…," said X, the alliance's
 * secretary-general; X, the chief of the agency, said: "…"): the title the catalog matched with the name, else the
 * owner of an office in apposition to it, named before it ("NATO's"), after it ("of NATO") or as a modifier ("the
 * NATO chief"), when that owner is an international body, an organisation, a government or a state (the state's
 * government when the catalog has one). "We" and "our" in the quote stand for that body, not for the one the catalog
 * files the person under (a post held before) nor one an earlier sentence named. A title held no more ({@code
 * background.tsv} PAST_TITLE: "former"), a person as owner, or a speaker not named in the sentence gives nothing:
 * the catalog's body stays. Stateless.
 */
final class TitledSpeakers {

  private TitledSpeakers() {}

  /** The body {@code speaker} speaks for by a title given with his name in this sentence, or null. */
  static Actor body(Graph g, ActorSpan speaker) {
    if (speaker == null || speaker.anonymous() || speaker.first() < 0 || speaker.last() >= g.size()) {
      return null;
    }
    // The speaker's span may run over the title itself ("X, NATO's secretary"): any word of it named as the speaker
    // can carry the apposition, and any word of it can make the title a past one.
    Actor owner = null;
    for (int k = speaker.first(); k <= speaker.last(); k++) {
      IndexedWord w = g.node(k);
      if (w == null || past(g, w)) {
        return null;
      }
      ActorSpan named = g.mentionOf(w);
      if (named == null || !named.actor().id().equals(speaker.actor().id())) {
        continue;
      }
      List<IndexedWord> titles = new ArrayList<>(g.children(w, "appos"));
      if (g.relToParent(w).equals("appos")) {
        // "the bloc's special representative, Marta Lindqvist, said": the title first, the name in apposition.
        titles.add(g.parent(w));
      }
      for (IndexedWord title : titles) {
        if (g.children(title, "amod", "compound", "advmod").stream().anyMatch(m -> past(g, m))) {
          return null;
        }
        if (!office(g, title)) {
          // "X, a critic of NATO," speaks for nobody the apposition names.
          continue;
        }
        for (IndexedWord o : g.children(title, "nmod:poss", "nmod:of", "nmod:for", "compound")) {
          ActorSpan m = g.mentionOf(o);
          boolean other = m != null && !m.anonymous() && !m.actor().id().equals(speaker.actor().id());
          Actor a = other ? body(g, m.actor()) : null;
          owner = owner == null ? a : owner;
        }
      }
    }
    Actor titled = speaker.mention().flatMap(Mention::title).map(t -> body(g, t)).orElse(null);
    return titled != null ? titled : owner;
  }

  /** The body an owner of a title is: itself, a state's government when the catalog has one; null for the rest. */
  private static Actor body(Graph g, Actor a) {
    return switch (a.kind()) {
      case INTERNATIONAL_BODY, ORGANISATION, GOVERNMENT -> a;
      case STATE -> g.ctx.actors().composite(a, "GOV").orElse(a);
      default -> null;
    };
  }

  /** Whether a title is an office of one person ({@code person-nouns.tsv}), or ends one ("secretary-general"). */
  private static boolean office(Graph g, IndexedWord title) {
    return g.lex.personNouns.contains(g.lemmaOf(title))
        || g.children(title, "compound").stream().anyMatch(c -> g.lex.personNouns.contains(g.lemmaOf(c)));
  }

  /** Whether a word makes a title one held no more ("former", "ex-minister"). */
  private static boolean past(Graph g, IndexedWord w) {
    String word = w.word().toLowerCase(Locale.ROOT);
    int dash = word.indexOf('-');
    java.util.List<String> words = g.lex.background(EnglishLexicon.BackgroundClass.PAST_TITLE);
    return words.contains(word) || dash > 0 && words.contains(word.substring(0, dash));
  }
}
