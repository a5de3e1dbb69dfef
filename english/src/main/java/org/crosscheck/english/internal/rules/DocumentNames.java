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
 * or projects ({@code document-nouns.tsv}); nor an international body before an instrument it adopted as a forum
 * ({@code instrument-nouns.tsv}: "honour the UN Convention against Torture", "breached the UN Charter"), though it
 * stays a party to its pacts ("the EU-Turkey agreement"); a lower-case noun ("the Iran agreement") may name its
 * party, and other actors (an organisation's charter) keep their reading. Stateless.
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
    boolean body = m.actor().kind() == ActorKind.INTERNATIONAL_BODY;
    if (doc == null || !(body || m.actor().kind() == ActorKind.STATE
        || g.ctx.sentence().ner(m.last()).equals("LOCATION"))) {
      return false;
    }
    // "the UN Convention on …": a body names the instruments it adopted as a forum, not its pacts.
    java.util.Set<String> nouns = body ? g.lex.instrumentNouns : g.lex.documentNouns;
    String rel = g.relToParent(head);
    if (rel.equals("nmod:of")) {
      return documentNoun(g, doc, nouns);
    }
    // "the India-Middle East-Europe Economic Corridor": up a name's compounds to its head.
    for (int d = 0; d < 5 && doc != null && rel.equals("compound"); d++) {
      // The parser may also make the name's words siblings: "the … Ethiopia Transport Corridor project".
      if (documentNoun(g, doc, nouns) || g.children(doc, "compound").stream()
          .anyMatch(c -> g.idx(c) > m.last() && documentNoun(g, c, nouns))) {
        return true;
      }
      rel = g.relToParent(doc);
      doc = g.parent(doc);
    }
    return false;
  }

  /** Whether {@code w} is a capitalised noun of {@code nouns}, of documents or projects. */
  private static boolean documentNoun(Graph g, IndexedWord w, java.util.Set<String> nouns) {
    String word = w.word();
    return g.pos(w).startsWith("NN") && !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && nouns.contains(g.lemmaOf(w).toLowerCase(java.util.Locale.ROOT));
  }
}
