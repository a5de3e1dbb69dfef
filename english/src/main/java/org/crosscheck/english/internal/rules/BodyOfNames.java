package org.crosscheck.english.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "the Zimbabwe Congress of Trade Unions" is no congress of Zimbabwe's: a catalog name that ends in a noun of
 * organisations ({@code organisation-heads.tsv}: "Congress", "Council", "Union"), followed within the tagger's
 * organisation run by "of" and words that end in such a noun again ("of Trade Unions"), heads a name of
 * its own, and every mention of the run is that name, an ad-hoc organisation. The catalog would read the legislature
 * the dictionaries file under "Congress", made Zimbabwe's by the state before it. "the Ministry of Foreign Affairs"
 * ends in no such noun and keeps its reading. Stateless.
 */
final class BodyOfNames {

  private BodyOfNames() {}

  /** The mention {@code m} stands for: itself, or the whole name it heads. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m.implied() || m.actor().isAdHoc() || !g.ctx.sentence().ner(m.last()).equals(Graph.ORGANIZATION)
        || !head(g, m.last())) {
      return m;
    }
    int[] run = g.nerRun(m.first(), m.last(), Graph.ORGANIZATION);
    int of = m.last() + 1;
    if (run[1] < of + 1 || !g.toks.get(of).word().equals("of") || !head(g, run[1])) {
      return m;
    }
    String surface = g.text(run[0], run[1]);
    return ActorSpan.of(run[0], run[1], g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }

  /** Whether token {@code k} is a noun of organisations; the tagger leaves a plural proper noun as it is ("Unions"). */
  private static boolean head(Graph g, int k) {
    String l = g.lemma(k).toLowerCase(java.util.Locale.ROOT);
    return g.lex.organisationHeads.contains(l)
        || l.endsWith("s") && g.lex.organisationHeads.contains(l.substring(0, l.length() - 1));
  }
}
