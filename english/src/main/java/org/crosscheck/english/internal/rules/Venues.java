package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ActorKind;

/**
 * Talks, a summit or a conference ({@code talk-nouns.tsv}), a meeting ({@code venue-nouns.tsv}), or an agreement or
 * a process ({@code accord-nouns.tsv}),
 * named after the city they meet or were made in ("denounced the Doha talks", "the Jeddah talks collapsed", "rejected
 * the Astana process", "welcomed the Minsk accords"): the city before the noun says where, not who is a party, so
 * denouncing or backing the talks or the accord is no stance toward the government whose seat the city is. Only a
 * city the tagger reads as a place, or any city in the capitalised name of a document ("does not recognise the Rome
 * Statute"), that stands for a government or a state; a state's name or its people's ("the Sudan talks", "Russian
 * talks") is read as before. Whatever an "in" or "at" phrase of such a noun names is where it meets ("talks in
 * Istanbul"). Stateless.
 */
final class Venues {

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY");

  private Venues() {}

  /** Whether the dependent {@code c} of the noun {@code d} only says where the talks {@code d} meet. */
  static boolean placeOnly(Graph g, IndexedWord d, IndexedWord c) {
    String lemma = g.lemmaOf(d).toLowerCase(Locale.ROOT);
    if (g.pos(d).equals("NNPS") && lemma.endsWith("s")) {
      // "the Washington Accords": the tagger leaves a capitalised plural's lemma as written.
      lemma = lemma.substring(0, lemma.length() - 1);
    }
    if (!gathering(g, d, lemma) || !g.relToParent(c).equals("compound") || !properNoun(g, c) || g.idx(c) > g.idx(d)) {
      return false;
    }
    var m = g.mentionOf(c);
    // "the Rome Statute", "the Minsk Agreement": in a document's own name the tagger may not read the city as a place.
    boolean named = g.pos(d).startsWith("NNP") && !PLACE_TAGS.contains(g.ctx.sentence().ner(g.idx(d)));
    if (m == null || !named && !PLACE_TAGS.contains(g.ctx.sentence().ner(g.idx(c)))) {
      return false;
    }
    // The catalog files a capital under its government ("Doha") or, from the dictionaries, under its state
    // ("Muscat", "Minsk"): a state's own name ("the Sudan talks") is another word than the city's.
    return m.actor().kind() == ActorKind.GOVERNMENT
        || m.actor().kind() == ActorKind.STATE && m.first() == m.last()
            && !m.text().equalsIgnoreCase(m.actor().name());
  }

  /**
   * Whether {@code w}, or the noun it is a compound of, is what an "in" or "at" phrase of talks, an accord or a meeting
   * names: where they meet ("talks in Istanbul", and "talks in Istanbul end", where the parser makes the city a
   * compound of the next word).
   */
  static boolean meetsAt(Graph g, IndexedWord w) {
    IndexedWord cur = w;
    if (g.relToParent(cur).equals("compound") && g.parent(cur) != null) {
      cur = g.parent(cur);
    }
    IndexedWord noun = g.parent(cur);
    return noun != null && g.relToParent(cur).matches("nmod:(in|at)")
        && gathering(g, noun, g.lemmaOf(noun).toLowerCase(Locale.ROOT));
  }

  private static boolean gathering(Graph g, IndexedWord d, String lemma) {
    return g.pos(d).startsWith("NN")
        && (g.lex.talkNouns.contains(lemma) || g.lex.accordNouns.contains(lemma) || g.lex.venueNouns.contains(lemma));
  }

  /** A proper noun, or a capitalised name the tagger read as a common noun ("the Pretoria agreement"). */
  private static boolean properNoun(Graph g, IndexedWord c) {
    return g.pos(c).startsWith("NNP") || g.pos(c).equals("NN") && Character.isUpperCase(c.word().charAt(0));
  }
}
