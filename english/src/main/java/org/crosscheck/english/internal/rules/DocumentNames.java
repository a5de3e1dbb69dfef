package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A place in the name of a document is no actor: "the Treaty of Windhoek", "the Accord of Arusha", "the Kyoto
 * Protocol" are named for where they were signed, and complying with or rejecting them is no stance toward Namibia,
 * Tanzania or Japan. Only a state or a name the tagger takes for a place, as the "of" phrase or the word before a
 * capitalised noun of documents ({@code document-nouns.tsv}); a lower-case noun ("the Iran agreement") may name its
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
    if (doc == null || !(m.actor().kind() == ActorKind.STATE
        || g.ctx.sentence().ner(m.last()).equals("LOCATION"))) {
      return false;
    }
    String rel = g.relToParent(head);
    String word = doc.word();
    return (rel.equals("nmod:of") || rel.equals("compound")) && g.pos(doc).startsWith("NN") && !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0)) && g.lex.documentNouns.contains(g.lemmaOf(doc).toLowerCase(
            java.util.Locale.ROOT));
  }
}
