package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A place in the name of a document is no actor: "the Treaty of Windhoek", "the Accord of Arusha", "the Kyoto
 * Protocol" are named for where they were signed, and complying with or rejecting them is no stance toward Namibia,
 * Tanzania or Japan; nor is a state in the name of a project ("the India-Middle East-Europe Economic Corridor", "the
 * Lamu Port-South Sudan-Ethiopia Transport Corridor"), which hosting or backing is no stance toward. Only a state or a
 * name the tagger takes for a place, as the "of" phrase or a word of the name before a capitalised noun of documents
 * or projects ({@code document-nouns.tsv}); a lower-case noun ("the Iran agreement") may name its party, and other
 * actors (an organisation's charter) keep their reading. Stateless.
 */
final class DocumentNames {

  private DocumentNames() {}

  /** Whether the mention {@code m} is the place a document's name is made of. */
  static boolean named(Graph g, ActorSpan m) {
    if (m.implied()) {
      return false;
    }
    IndexedWord head = g.node(m.last());
    IndexedWord doc = head == null ? null : g.parent(head);
    if (doc == null || !(m.actor().kind() == ActorKind.STATE
        || g.ctx.sentence().ner(m.last()).equals("LOCATION"))) {
      return false;
    }
    String rel = g.relToParent(head);
    if (rel.equals("nmod:of")) {
      return documentNoun(g, doc);
    }
    // "the India-Middle East-Europe Economic Corridor": up a name's compounds to its head.
    for (int d = 0; d < 5 && doc != null && rel.equals("compound"); d++) {
      // The parser may also make the name's words siblings: "the … Ethiopia Transport Corridor project".
      if (documentNoun(g, doc) || g.children(doc, "compound").stream()
          .anyMatch(c -> g.idx(c) > m.last() && documentNoun(g, c))) {
        return true;
      }
      rel = g.relToParent(doc);
      doc = g.parent(doc);
    }
    return false;
  }

  /** Whether {@code w} is a capitalised noun of documents or projects. */
  private static boolean documentNoun(Graph g, IndexedWord w) {
    String word = w.word();
    return g.pos(w).startsWith("NN") && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && g.lex.documentNouns.contains(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT));
  }
}
