package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;

/**
 * "The governor and the attorney general signed the canvass", "the speaker and the president signed the bill into
 * law": a verb that makes an accord ({@code accord-acts.tsv} MAKE) whose object is a document signers sign side by
 * side ({@code signed-documents.tsv}) makes none between its conjoined subjects; each signs, none backs the others by
 * it. Signing such a document with someone ("signed the decree with Y") and signing a treaty stay what they are.
 * Stateless.
 */
final class SignedDocuments {

  private SignedDocuments() {}

  /** Whether the verb {@code w} signs a document side by side rather than an accord between its signers. */
  static boolean sideBySide(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || g.lex.accordActs.get(g.lemmaOf(w)) != EnglishLexicon.AccordClass.MAKE
        || !g.children(w, "obl:with").isEmpty()) {
      return false;
    }
    return g.children(w, "obj").stream()
        .anyMatch(o -> g.lex.signedDocuments.contains(g.lemmaOf(o).toLowerCase(Locale.ROOT)));
  }
}
