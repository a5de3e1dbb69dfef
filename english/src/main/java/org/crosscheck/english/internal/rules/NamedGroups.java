package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An organisation named by capitalised words before a common noun of organisations ({@code organisation-heads.tsv}),
 * as what members are members of ({@link CommonNouns#organisationOfMembers}): "members of the Let's Save Togo
 * coalition", "of a Togo protest coalition", "of the Homeland Renewal movement". The phrase, from its
 * first name word to the noun, is an ad-hoc organisation, also when a state's name or a name made up for capitalised
 * words is among its words: members of such a coalition are not the state. A catalog actor other than a state among
 * the words names the organisation itself ("the NATO alliance" is NATO), and a noun with no capitalised word before
 * it ("the ruling party") names nobody. A capitalised word the tagger took for an adjective is a word of the name
 * ("Russia's Olympic committee" is a body of its own, not Russia); a demonym joins such a name but makes none.
 * Stateless.
 */
final class NamedGroups {

  private NamedGroups() {}

  /** The organisation the common noun {@code c} names with the capitalised words before it, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    if (!(g.pos(c).equals("NN") || g.pos(c).equals("NNS")) || !g.lex.organisationHeads.contains(g.lemmaOf(c))) {
      return null;
    }
    java.util.Set<Integer> words = new java.util.TreeSet<>();
    for (IndexedWord m : g.children(c, "compound", "nmod:poss")) {
      g.subtree(m, words, 0);
    }
    // "Russia's Olympic committee": a capitalised word the tagger took for an adjective is a word of the name, and so
    // is a demonym before it ("the Kenyan Olympic committee"), which alone names no body ("the Kenyan committee"); a
    // plain adjective ("Russia's parliamentary committee") is none.
    java.util.Set<Integer> demonyms = new java.util.HashSet<>();
    for (IndexedWord m : g.children(c, "amod")) {
      if (capitalised(m)) {
        words.add(g.idx(m));
        if (g.demonym(m) != null) {
          demonyms.add(g.idx(m));
        }
      }
    }
    int from = g.idx(c);
    boolean named = false;
    for (int k : words) {
      if (k > g.idx(c)) {
        return null;
      }
      ActorSpan men = g.mentionAt(k);
      if (men != null && !men.actor().isAdHoc() && men.actor().kind() != ActorKind.STATE) {
        return null;
      }
      // The tagger may take a capitalised word of a name for an adjective or a common noun ("Free Homeland"); the
      // sentence's first word is capitalised whatever it is ("Trade unions in Nigeria called …").
      String w = g.toks.get(k).word();
      named |= k > 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !demonyms.contains(k);
      from = Math.min(from, k);
    }
    if (!named) {
      return null;
    }
    while (from < g.idx(c) && g.toks.get(from).tag().equals("DT")) {
      // "the Let's Save Togo coalition": the article the parser hangs on the possessive is no word of the name.
      from++;
    }
    for (int k = from; k < g.idx(c); k++) {
      // The words before the noun are one name: nothing between them hangs elsewhere.
      if (!words.contains(k)) {
        return null;
      }
    }
    String surface = g.text(from, g.idx(c));
    return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }

  private static boolean capitalised(IndexedWord w) {
    return !w.word().isEmpty() && Character.isUpperCase(w.word().charAt(0));
  }
}
