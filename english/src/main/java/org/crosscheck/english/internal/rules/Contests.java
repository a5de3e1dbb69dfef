package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.regex.Pattern;

/**
 * Whether a cue reports a sporting result rather than a stance: a score next to its object ("Brazil beat
 * Argentina 2-1") or a contest ({@code contests.tsv}) in its object or prepositional phrases, two links deep at most
 * ("France defeated Morocco in the semi-final", "lost to Japan in the final of the cup"). National and city teams
 * carry the names of states and cities; the dictionary's "beat" and "defeat" would make each result an attack.
 * A vote's tally is no score: only the cue's own arguments are looked at ("voted 52-48 to reject Y" keeps its
 * claim). A verb of winning over a side ({@code result-verbs.tsv}: "beat", "defeated") in a sentence that names a
 * sport or a contest anywhere is a result too. War games are a show of force, not a contest, and a league that is
 * a body ("the Arab League") is none.
 * Stateless.
 */
final class Contests {

  private static final Pattern SCORE = Pattern.compile("\\d{1,2}(?:[-\u2013]\\d{1,2})?");

  private Contests() {}

  static boolean result(Graph g, IndexedWord cue) {
    return contest(g, cue, 0) || g.children(cue, "obj").stream().anyMatch(o -> scored(g, o))
        || g.pos(cue).startsWith("VB") && g.lex.resultVerbs.contains(g.lemmaOf(cue).toLowerCase(java.util.Locale.ROOT))
        && aboutSport(g);
  }

  /**
   * Whether the sentence names a sport or a contest anywhere ({@code sport-names.tsv}, {@code contests.tsv}) outside
   * a name: "Football resumed in the capital as Kenya beat Uganda".
   */
  private static boolean aboutSport(Graph g) {
    for (int k = 0; k < g.size(); k++) {
      String word = g.toks.get(k).word().toLowerCase(java.util.Locale.ROOT);
      if ((g.lex.sportNames.contains(word) || g.lex.contests.contains(g.lemma(k).toLowerCase(java.util.Locale.ROOT)))
          && g.toks.get(k).tag().startsWith("NN") && !g.ctx.hasMention(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contest(Graph g, IndexedWord w, int depth) {
    for (IndexedWord c : g.children(w, "obj", "obl:", "nmod:")) {
      String lemma = g.lemmaOf(c);
      String compound = g.children(c, "compound").stream().map(g::lemmaOf).reduce((a, b) -> a + " " + b)
          .map(x -> x + " " + lemma).orElse(lemma);
      // "staged war games near Y": a show of force named like a game is no contest (shown-force-nouns.tsv).
      boolean shown = g.lex.shownForceNouns.containsKey(compound.toLowerCase(java.util.Locale.ROOT));
      if (!shown && !body(g, c, depth) && (g.lex.contests.contains(lemma) || g.lex.contests.contains(compound))
          || depth < 1 && contest(g, c, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "criticised the Arab League", "welcomed the Awami League's victory": a contest noun that ends the name of a body
   * the catalog knows, or of the cue's own object, names the body, not a contest.
   */
  private static boolean body(Graph g, IndexedWord c, int depth) {
    org.crosscheck.spi.ActorSpan m = g.mentionOf(c);
    return m != null && (!m.actor().isAdHoc() || depth == 0 && g.relToParent(c).equals("obj"));
  }

  /** "Argentina 2-1", "Argentina 2 - 1": a number joined by a dash to another, after the object. */
  private static boolean scored(Graph g, IndexedWord object) {
    int at = g.idx(object);
    for (int k = at + 1; k <= at + 2 && k < g.size(); k++) {
      String w = g.toks.get(k).word();
      if (!g.toks.get(k).tag().equals("CD") || !SCORE.matcher(w).matches()) {
        continue;
      }
      if (w.indexOf('-') > 0 || w.indexOf('\u2013') > 0) {
        return true;
      }
      if (k + 2 < g.size() && g.toks.get(k + 1).word().matches("[-\u2013]") && g.toks.get(k + 2).tag().equals("CD")
          && SCORE.matcher(g.toks.get(k + 2).word()).matches()) {
        return true;
      }
    }
    return false;
  }
}
