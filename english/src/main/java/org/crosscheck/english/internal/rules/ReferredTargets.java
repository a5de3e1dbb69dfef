package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * Whom a quotation is about when the narrator says so outside it ('"They are cowards," X said, referring to Y'; '"He
 * is a liar," X said in an apparent reference to Y'; '"These people have lied," X said, in reference to Y'): a word of
 * {@code reference-words.tsv} (WORD) outside the quotation whose "to" phrase names an actor makes that actor the one
 * a quoted subject pronoun ("they", "he") or a quoted noun under a pointing determiner (POINTER: "these people")
 * stands for. A quoted subject that names someone keeps its name; "it", which may be the situation, points at no
 * one; a "to" phrase that names no actor ("referring to the vote") gives none. Stateless.
 */
final class ReferredTargets {

  private ReferredTargets() {}

  /** The actor the narrator says quoted subject {@code subject} is, other than {@code holders}; or null. */
  static ActorSpan of(Graph g, IndexedWord subject, List<ActorSpan> holders) {
    if (!g.ctx.inQuotes(g.toks.get(g.idx(subject)).begin()) || !pointing(g, subject)) {
      return null;
    }
    for (int i = 0; i < g.size(); i++) {
      IndexedWord w = g.node(i);
      if (w == null || g.lex.references.get(g.lemmaOf(w)) != EnglishLexicon.ReferenceClass.WORD
          || g.ctx.inQuotes(g.toks.get(i).begin())) {
        continue;
      }
      for (IndexedWord to : g.children(w, "obl:to", "nmod:to")) {
        ActorSpan t = Targets.in(g, to, 0, holders);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** Whether the subject points at someone named elsewhere: a pronoun other than "it", or "these people". */
  private static boolean pointing(Graph g, IndexedWord s) {
    String w = s.word();
    if (g.lex.is(w, EnglishLexicon.PronounClass.REFERRING)) {
      return !g.lex.is(w, EnglishLexicon.PronounClass.POSSESSIVE)
          && !g.lex.is(w, EnglishLexicon.PronounClass.EXPLETIVE);
    }
    return g.pos(s).startsWith("NN") && g.mentionOf(s) == null && g.children(s, "det").stream()
        .anyMatch(d -> g.lex.references.get(g.lemmaOf(d).toLowerCase(java.util.Locale.ROOT))
            == EnglishLexicon.ReferenceClass.POINTER);
  }
}
