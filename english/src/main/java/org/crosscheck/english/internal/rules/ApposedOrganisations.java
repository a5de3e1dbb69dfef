package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A name set right after a noun of organisations is an organisation's name, though the tagger may not mark it one:
 * "the opposition party Chega", "the left-wing party SYRIZA", "the coalition A Partnership for National Unity". A
 * proper noun that the parser makes the apposition of a noun of {@code organisation-heads.tsv}, with the capitalised
 * words compounded before it and those its joining words ({@code name-connectors.tsv}) add after it, and that no
 * catalog mention covers, is an ad-hoc organisation, also where the tagger took it for a person; the noun's phrase
 * then stands for it ({@link ApposedNames}). Stateless.
 */
final class ApposedOrganisations {

  private ApposedOrganisations() {}

  /** The organisation whose name ends at token {@code i} after a noun of organisations, or null. */
  static ActorSpan at(Graph g, int i) {
    IndexedWord head = g.node(i);
    if (head == null || !g.pos(head).startsWith("NNP")) {
      return null;
    }
    IndexedWord noun = g.parent(head);
    if (noun == null || !g.relToParent(head).equals("appos") || !g.lex.organisationHeads.contains(g.lemmaOf(noun))) {
      return null;
    }
    int first = g.idx(head);
    for (IndexedWord c : g.children(head, "compound", "amod")) {
      // "Patriotic Renewal": a capitalised adjective is a word of the name.
      if (g.capitalised(g.idx(c))) {
        first = Math.min(first, g.idx(c));
      }
    }
    int last = g.idx(head);
    // "A Partnership for National Unity": the name goes on through its joining words to its last capitalised one.
    int k = last + 1;
    while (k + 1 < g.size() && g.lex.nameConnectors.contains(g.toks.get(k).word()) && g.capitalised(k + 1)) {
      k++;
      while (k + 1 < g.size() && g.capitalised(k + 1)) {
        k++;
      }
      last = k;
      k++;
    }
    for (int n = first; n <= last; n++) {
      // A catalog actor keeps its reading ("the militant group Hamas"); a name the tagger made a person is remade.
      if (g.ctx.mentionAt(n).filter(x -> !x.actor().isAdHoc()).isPresent()) {
        return null;
      }
    }
    String text = g.text(first, last);
    return ActorSpan.of(first, last, g.ctx.actors().adHoc(text, ActorKind.ORGANISATION), text);
  }
}
