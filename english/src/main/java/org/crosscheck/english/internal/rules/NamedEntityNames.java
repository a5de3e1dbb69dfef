package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.english.internal.profile.EnglishProfile;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.MentionGrammar;

/**
 * Names the catalog lacks: a run of tokens the named-entity tagger marks PERSON or ORGANIZATION, not already part
 * of a catalog mention, becomes an ad-hoc person or organisation of the sentence, unless it ends with the noun of a
 * thing ({@code THING_HEAD} in the profile's {@code mentions.tsv}), is the name of a place after "of"
 * ({@link NamedPlaces}), is a ship's ({@code vessel-prefixes.tsv}), a ministry's common name ("its Foreign
 * Ministry") or the portfolio of a minister named after it ("Home Affairs Minister X"). Stateless.
 */
final class NamedEntityNames {

  private NamedEntityNames() {}

  /**
   * Whether the tagger takes any token of a span for a person, an organisation or a place, or the span names a body
   * by the noun its name ends in ({@link #body}). A pronoun that stands for
   * a name ("He blamed …" after '"…," said Sipho Ndlovu') was judged where the name was written: only a name the
   * tagger took for a person becomes the speaker a "he" stands for ({@link Speakers#person}). So was the name a
   * bare title or a body's head noun refers back to ("the minister", "the court", {@link TitleReferences}).
   */
  static boolean entity(Graph g, ActorSpan a) {
    IndexedWord one = a.first() == a.last() ? g.node(a.first()) : null;
    if (a.implied() || one != null && (g.pos(one).startsWith("PRP")
        || g.pos(one).equals("NN") && (g.lex.personNouns.contains(g.lemmaOf(one))
            || TitleReferences.refers(g.lex, g.lemmaOf(one))))) {
      return true;
    }
    for (int k = a.first(); k <= a.last(); k++) {
      String ner = g.ctx.sentence().ner(k);
      if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION")) {
        return true;
      }
    }
    return body(g, a);
  }

  /**
   * "the High Court of Malawi ruled", "the Anti-Graft Tribunal": capitalised words ending in a noun that ends a body's
   * name and refers back to it ({@code referring-heads.tsv}) name that body, though the tagger may take them for
   * nothing.
   */
  private static boolean body(Graph g, ActorSpan a) {
    return a.last() > a.first() && g.capitalised(a.first()) && g.capitalised(a.last())
        && g.lex.referringHeads.contains(g.lemma(a.last()).toLowerCase(java.util.Locale.ROOT));
  }

  static void add(Graph g) {
    EnglishSentence s = g.ctx.sentence();
    int i = 0;
    while (i < g.size()) {
      String ner = s.ner(i);
      if (g.ctx.hasMention(i) || !(ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < g.size() && ner.equals(s.ner(j + 1)) && !g.ctx.hasMention(j + 1)) {
        j++;
      }
      int from = i;
      int to = j;
      i = j + 1;
      // "Ministry of Silly Walks" cut by a catalog mention leaves "of …": a name starts and ends with a capital.
      while (from <= to && !g.capitalised(from)) {
        from++;
      }
      while (to >= from && !g.capitalised(to)) {
        to--;
      }
      if (from > to || thing(g, to) || NamedPlaces.named(g, from, to) || vessel(g, from) || ministry(g, to)
          || portfolio(g, to + 1)) {
        continue;
      }
      String surface = g.text(from, to);
      Actor a = g.ctx.actors().adHoc(surface, ner.equals("PERSON") ? ActorKind.PERSON : ActorKind.ORGANISATION);
      g.ctx.addMention(ActorSpan.of(from, to, a, surface));
    }
  }

  /**
   * Whether the name ending at {@code k} names a thing, a place or an event ("the Comprehensive Economic Partnership
   * Agreement", tagged an organisation): the profile's {@code THING_HEAD} nouns, as for the names the tagger leaves.
   */
  private static boolean thing(Graph g, int k) {
    return EnglishProfile.get().mentions().is(MentionGrammar.Word.THING_HEAD,
        g.toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the name is a ministry's common name written with capitals ("its Foreign Ministry", "the Interior
   * Ministry"): it ends in a noun of {@code institution-nouns.tsv} MINISTRY, and is a state's ministry, whose owner the
   * rules for "its foreign ministry" find, not a name of its own ("the Ministry of Mines" ends otherwise).
   */
  private static boolean ministry(Graph g, int to) {
    return g.lex.institutionNouns.get(g.lemma(to).toLowerCase(java.util.Locale.ROOT))
        == EnglishLexicon.InstitutionClass.MINISTRY;
  }

  /**
   * Whether the name ending before {@code k} is a portfolio: a {@code PORTFOLIO_TITLE} of the profile's {@code
   * mentions.tsv} follows it ("Home Affairs Minister Kithure Kindiki", "Energy and Petroleum Cabinet Secretary
   * Davis Chirchir"), as for the names the tagger leaves.
   */
  private static boolean portfolio(Graph g, int k) {
    return k < g.size() && EnglishProfile.get().mentions().is(MentionGrammar.Word.PORTFOLIO_TITLE,
        g.toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the name starting at {@code k} is a ship's: it opens with "MV", "MT" ({@code vessel-prefixes.tsv}). */
  private static boolean vessel(Graph g, int k) {
    return g.lex.vesselPrefixes.contains(g.toks.get(k).word());
  }
}
