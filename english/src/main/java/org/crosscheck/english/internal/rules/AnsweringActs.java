package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Stance;

/**
 * A verbal cue that found no target and whose act answers a party or stands between parties ({@code
 * answering-acts.tsv}): the cue's own verb or its infinitive ("Pakistan retaliated", "vowed to retaliate",
 * "threatened to strike back", "offered to mediate"). An answer (ANSWER) of opposition after an article's first
 * sentence answers someone told before, whom no rule names: emitted without a target, the claim says a stance toward
 * no one, which the article contradicts. A mediation (BETWEEN) takes no side: a stance toward no one is never what it
 * says. Either way no claim is given. Left as it is: an answer in an article's first sentence or a sentence read
 * alone (the text names no one), an answer that is no opposition ("pledged to respond to the needs of refugees"), an
 * act not listed. Stateless.
 */
final class AnsweringActs {

  private AnsweringActs() {}

  /** Whether the targetless claim of the cue would be a stance toward no one where the act has a party. */
  static boolean partyUnnamed(Graph g, StanceCues.Cue cue) {
    if (cue.nominal()) {
      return false;
    }
    List<IndexedWord> acts = new ArrayList<>();
    acts.add(cue.head());
    acts.addAll(g.children(cue.head(), "xcomp"));
    for (IndexedWord a : acts) {
      EnglishLexicon.AnsweringClass c = classOf(g, a);
      if (c == EnglishLexicon.AnsweringClass.BETWEEN
          || c == EnglishLexicon.AnsweringClass.ANSWER && cue.stance() == Stance.OPPOSE && g.ctx.start() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whom an answer answers, as the clause after it tells: the subjects of an "after" or "when" clause on the answering
   * verb {@code w} ("Israel retaliated after Hezbollah fired rockets", "its troops returned fire after Armenian forces
   * opened fire"), and an attack after or for which it comes ("vowed revenge after an Israeli strike"), whose doer the
   * noun's phrase names; {@code w} may be the noun of the answer ("revenge" in "vowed revenge"). Empty for any other
   * act.
   */
  static List<IndexedWord> provokers(Graph g, IndexedWord w) {
    // "vowed revenge": the noun answers with the verb it is the object of.
    IndexedWord act = g.pos(w).startsWith("NN") && g.relToParent(w).equals("obj") ? g.parent(w) : w;
    if (classOf(g, act) != EnglishLexicon.AnsweringClass.ANSWER) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord clause : g.children(act, "advcl:after", "advcl:when")) {
      out.addAll(g.children(clause, "nsubj"));
    }
    g.children(act, "obl:after", "obl:for").stream().filter(g::attackNoun).forEach(out::add);
    return out;
  }

  private static EnglishLexicon.AnsweringClass classOf(Graph g, IndexedWord a) {
    if (!g.pos(a).startsWith("VB")) {
      return null;
    }
    // "strike back": the parser hangs the particle as one or as an adverb; "return fire": a bare object noun.
    for (IndexedWord p : g.children(a, "compound:prt", "advmod", "obj")) {
      String key = g.lemmaOf(a) + " " + p.word().toLowerCase(Locale.ROOT);
      EnglishLexicon.AnsweringClass c = g.lex.answeringActs.get(key);
      if (c != null) {
        return c;
      }
    }
    return g.lex.answeringActs.get(g.lemmaOf(a));
  }
}
