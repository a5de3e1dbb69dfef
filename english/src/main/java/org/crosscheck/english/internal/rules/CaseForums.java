package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "threatened to take the dispute to the International Court of Justice", "referred the case to the tribunal": a case,
 * a complaint or a dispute ({@code filed-texts.tsv}) is taken to a forum in its "to" phrase, which
 * judges it and is no party to it, as the forum of a verb of lodging is ({@link Forums}). The forum is never a target
 * reached through the case; the other side is named elsewhere ("against Y", an earlier sentence). Stateless.
 */
final class CaseForums {

  private CaseForums() {}

  /**
   * Whether {@code c}, the "to" phrase of the verb {@code v}, is the forum the case {@code v} takes there ("take the
   * case to the ICJ", the parser hanging the phrase on the verb).
   */
  static boolean forumOfVerb(Graph g, IndexedWord v, IndexedWord c) {
    return g.relToParent(c).equals("obl:to")
        && g.children(v, "obj").stream().anyMatch(o -> g.lex.filedTexts.contains(g.lemmaOf(o)));
  }

  /** Whether {@code c}, under the noun {@code d}, is only the forum of a case or the body it is lodged with. */
  static boolean forumOnly(Graph g, IndexedWord d, IndexedWord c) {
    return g.lex.filedTexts.contains(g.lemmaOf(d)) && g.relToParent(c).equals("nmod:to") || lodgedWith(g, d, c);
  }

  /**
   * Whether {@code c} is the international body the complaint {@code d} is lodged with ("lodged a protest with the
   * UN"). A protest lodged with a state is addressed to the one it protests against ("lodged a protest with North
   * Korea"); "its dispute with Y", lodged nowhere, keeps Y, and so does "delivered a protest to Y".
   */
  static boolean lodgedWith(Graph g, IndexedWord d, IndexedWord c) {
    IndexedWord verb = g.parent(d);
    ActorSpan body = g.mentionOf(c);
    return g.lex.filedTexts.contains(g.lemmaOf(d)) && g.relToParent(c).equals("nmod:with")
        && g.relToParent(d).equals("obj") && verb != null && Forums.lodges(g, verb)
        && body != null && body.actor().kind() == ActorKind.INTERNATIONAL_BODY;
  }

  /**
   * Whether {@code c}, the "to" phrase of the verb {@code v}, is an international body that {@code v} sends a
   * complaint to, or a letter carrying one ("sent a letter of protest to the UN Security Council"): the forum the
   * protest is put before, as one it is lodged with. A protest delivered to a state is addressed to the one it
   * protests against.
   */
  static boolean sentTo(Graph g, IndexedWord v, IndexedWord c) {
    ActorSpan body = g.mentionOf(c);
    return v.equals(g.parent(c)) && g.relToParent(c).equals("obl:to")
        && body != null && body.actor().kind() == ActorKind.INTERNATIONAL_BODY
        && g.children(v, "obj").stream().anyMatch(o -> g.lex.filedTexts.contains(g.lemmaOf(Measures.contents(g, o))));
  }
}
