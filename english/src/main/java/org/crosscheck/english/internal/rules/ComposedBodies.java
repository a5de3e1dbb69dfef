package org.crosscheck.english.internal.rules;

import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * The last word of a body's name the mention finder cut short: it reads "India's Border Security" as India's armed
 * forces and "the Norwegian Fishermen" as Norway's fishing sector, and leaves "Force" and "Association" alone, which
 * the argument rules then make actors of their own named by one common word. A capitalised noun ending such names
 * ({@code body-heads.tsv}) right after a composite of a state's sector, or after its possessive, is part of that
 * body's mention; after a catalog body's name it is that body's ("the African Union Commission"). Not after a state
 * or a person ("Kenya Association", "Odinga's Party" are other bodies). A name the catalog lacks, cut before its
 * possessive ("the Indonesian Traditional Fishermen's Association"), is the body's whole name. Stateless.
 */
final class ComposedBodies {

  private static final Set<ActorKind> WHOLE = Set.of(ActorKind.STATE, ActorKind.PERSON);

  private ComposedBodies() {}

  /**
   * The mention at word {@code i}: the composite whose name the word ends, when {@code m} is none or only an actor
   * made up for that one word; else {@code m}.
   */
  static ActorSpan of(Graph g, int i, ActorSpan m) {
    if (m != null && (!m.actor().isAdHoc() || m.first() != m.last())) {
      return m;
    }
    ActorSpan whole = at(g, i);
    return whole == null ? m : whole;
  }

  private static ActorSpan at(Graph g, int i) {
    if (i < 1 || !g.capitalised(i) || !g.lex.bodyHeads.contains(g.lemma(i))) {
      return null;
    }
    boolean possessive = g.toks.get(i - 1).tag().equals("POS");
    int end = possessive ? i - 2 : i - 1;
    ActorSpan before = end < 0 ? null : g.ctx.mentionAt(end).orElse(null);
    if (before != null && possessive && before.actor().isAdHoc() && before.last() == end && !before.implied()) {
      // "the Indonesian Traditional Fishermen's Association": a made-up name cut before its body's word is the
      // body's whole name, not "Association".
      String name = g.text(before.first(), i);
      return ActorSpan.of(before.first(), i, g.ctx.actors().adHoc(name, ActorKind.ORGANISATION), name);
    }
    if (before == null || before.last() != end || before.implied() || WHOLE.contains(before.actor().kind())
        || before.actor().isAdHoc() || before.actor().cameo().isEmpty() || !g.capitalised(before.last())) {
      return null;
    }
    return ActorSpan.of(before.first(), i, before.actor(), g.text(before.first(), i));
  }
}
