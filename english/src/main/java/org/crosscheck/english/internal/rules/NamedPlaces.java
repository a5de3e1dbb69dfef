package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.spi.Discourse;

/**
 * The name of a place written after its noun and "of": in "visited the island of X", "flew to the province of X",
 * the words the tagger marks as a person or an organisation name the island or the province
 * ({@code named-place-nouns.tsv}), so they make no ad-hoc actor (nor does a name the mention finder made up for
 * them, "Tomas Morales"), and a visit there is toward nobody. A catalog actor keeps its reading, but for a town or a
 * district the catalog files under a state ("captured the town of Bara" is no capture of Nepal, whose district the
 * dictionaries list by that name): the state is named by its own name, "the island of Taiwan", and a capital stands for it, "the capital city of
 * Tunis". Only a name
 * whose head hangs by "of" from such a common noun: "the mayor of X", "supporters of X" and a capitalised noun
 * ("the Island of X Trust") are left to the other rules. A name the article gives its noun once ("seized the coastal
 * town of X" in the body) is a place in every sentence, where a headline or a lead names it bare ("rebels capture
 * X"): reporters introduce a town once. Stateless; what an article says of a name is remembered in its discourse.
 */
final class NamedPlaces {

  private static final Discourse.Key<Map<String, Boolean>> ELSEWHERE = Discourse.Key.of("english.namedPlaces");

  private NamedPlaces() {}

  /**
   * Whether the ad-hoc actor {@code m} (a name the catalog lacks), or a place the catalog files under a state by
   * another name than the state's own ("the town of Bara", which PETRARCH lists as a district of Nepal), is the name
   * of a place after its noun and "of".
   */
  static boolean named(Graph g, org.crosscheck.spi.ActorSpan m) {
    if (m.implied() || !m.actor().isAdHoc() && !placeOfState(m)) {
      return false;
    }
    IndexedWord noun = placeNoun(g, m.first(), m.last());
    if (noun == null) {
      // A town the catalog files under a state is still in that state where the article names it bare.
      return m.actor().isAdHoc() && namedElsewhere(g, m.text());
    }
    // "the capital city of Tunis": a capital stands for its state, as "Tunis said" does.
    return m.actor().isAdHoc()
        || g.children(noun, "compound", "amod").stream().noneMatch(c -> g.lemmaOf(c).equals("capital"));
  }

  /**
   * Whether the article names {@code name} after a place noun and "of" anywhere ("the town of X", "the islands of
   * X"), not after a capital ("the capital city of Tunis" stands for its state).
   */
  private static boolean namedElsewhere(Graph g, String name) {
    Discourse d = g.ctx.discourse();
    Map<String, Boolean> known = d.get(ELSEWHERE).orElse(null);
    if (known == null) {
      known = new HashMap<>();
      d.set(ELSEWHERE, known);
    }
    return known.computeIfAbsent(name, n -> Pattern.compile("(?<![\\p{L}\\p{N}])(?<!capital )(?:"
        + g.lex.namedPlaceNouns.stream().map(Pattern::quote).collect(Collectors.joining("|"))
        + ")s? of (?:the )?" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(g.ctx.article().text()).find());
  }

  /** Whether {@code m} names an actor by a place of its, not by its own name ("Bara", not "Nepal"). */
  private static boolean placeOfState(org.crosscheck.spi.ActorSpan m) {
    java.util.List<String> names = m.actor().names().get(org.crosscheck.Language.ENGLISH);
    return names != null && !names.isEmpty() && !names.get(0).equalsIgnoreCase(m.text());
  }

  /** Whether tokens {@code from}..{@code to} name the place a lower-case place noun before "of" stands for. */
  static boolean named(Graph g, int from, int to) {
    return placeNoun(g, from, to) != null;
  }

  /** The lower-case place noun before "of" whose place tokens {@code from}..{@code to} name, or null. */
  private static IndexedWord placeNoun(Graph g, int from, int to) {
    for (int k = from; k <= to; k++) {
      IndexedWord w = g.node(k);
      if (w == null) {
        continue;
      }
      IndexedWord p = g.parent(w);
      if (p == null || g.idx(p) >= from && g.idx(p) <= to) {
        continue;
      }
      // The head of the name: the one word whose governor lies outside it; a part the tagger left out ("Pag" of
      // "Pag-ibig") hangs by "compound" from the rest of the proper noun.
      while (g.relToParent(w).equals("compound") && g.idx(p) > g.idx(w) && g.parent(p) != null
          && (g.pos(p).startsWith("NNP") || g.idx(p) == g.idx(w) + 2 && g.hyphenAt(g.idx(w) + 1))) {
        w = p;
        p = g.parent(p);
      }
      return g.relToParent(w).equals("nmod:of") && g.idx(p) < from
          && (g.pos(p).equals("NN") || g.pos(p).equals("NNS")) && g.lex.namedPlaceNouns.contains(g.lemmaOf(p))
          ? p : null;
    }
    return null;
  }
}
