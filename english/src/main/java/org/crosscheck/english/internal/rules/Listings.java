package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.Stance;
import org.crosscheck.english.internal.rules.EnglishLexicon.ListingClass;
import org.crosscheck.spi.Token;

/**
 * "The United States added the Houthis to its list of terrorist organisations", "placed three firms on the sanctions
 * list" oppose whom they list; "removed Cuba from its list of state sponsors of terrorism", "took Syria off the
 * blacklist" support whom they take off, as lifting any measure does ({@code listings.tsv}). The verbs are too
 * common to be cues alone ("added that …", "removed the rubble"): only a punitive list as the verb's "to", "on",
 * "from" or "off" phrase makes them one, and the object is whom it is toward. Stateless.
 */
final class Listings {

  /** How far after the verb the light pass looks for a list noun. */
  private static final int WINDOW = 12;

  private Listings() {}

  /** The listing cues of the sentence, on verbs no other cue took. */
  static List<StanceCues.Cue> find(Graph g, List<StanceCues.Cue> cues) {
    Set<IndexedWord> heads = cues.stream().map(StanceCues.Cue::head).collect(Collectors.toSet());
    List<StanceCues.Cue> out = new ArrayList<>();
    for (IndexedWord w : g.g.vertexSet()) {
      ListingClass c = g.pos(w).startsWith("VB") && !heads.contains(w) ? g.lex.listings.get(g.lemmaOf(w)) : null;
      Stance s = c == ListingClass.ADD ? Stance.OPPOSE : c == ListingClass.REMOVE ? Stance.SUPPORT : null;
      if (s != null && punitiveList(g, w, c)) {
        out.add(new StanceCues.Cue(w, s, StanceCues.text(g, w), false, false, g.lemmaOf(w)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.head().index(), b.head().index()));
    return out;
  }

  /** Whether the verb puts its object on, or takes it off, a punitive list its oblique names. */
  private static boolean punitiveList(Graph g, IndexedWord w, ListingClass c) {
    List<IndexedWord> lists = c == ListingClass.ADD ? g.children(w, "obl:to", "obl:on", "obl:onto")
        : g.children(w, "obl:from", "obl:off");
    for (IndexedWord l : lists) {
      ListingClass kind = g.lex.listings.get(g.lemmaOf(l).toLowerCase(Locale.ROOT));
      if (kind == ListingClass.BLACKLIST || kind == ListingClass.LIST && marked(g, l, new HashSet<>(), 0)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word in the list noun's modifiers marks it punitive ("terrorist list", "list of banned groups"). */
  private static boolean marked(Graph g, IndexedWord n, Set<IndexedWord> seen, int depth) {
    if (depth > 3 || !seen.add(n)) {
      return false;
    }
    for (IndexedWord m : g.children(n, "compound", "amod", "nmod:of")) {
      String word = m.word().toLowerCase(Locale.ROOT);
      if (g.lex.listings.entrySet().stream().anyMatch(e -> e.getValue() == ListingClass.MARK
          && word.startsWith(e.getKey())) || marked(g, m, seen, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} may be a listing verb: such a verb with a list noun after it, for the light pass. */
  static boolean mayList(List<Token> toks, int i, EnglishLexicon lex) {
    ListingClass verb = lex.listings.get(toks.get(i).lemma());
    if (!toks.get(i).tag().startsWith("VB") || verb != ListingClass.ADD && verb != ListingClass.REMOVE) {
      return false;
    }
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + WINDOW); k++) {
      ListingClass c = lex.listings.get(toks.get(k).lemma().toLowerCase(Locale.ROOT));
      if (c == ListingClass.LIST || c == ListingClass.BLACKLIST) {
        return true;
      }
    }
    return false;
  }
}
