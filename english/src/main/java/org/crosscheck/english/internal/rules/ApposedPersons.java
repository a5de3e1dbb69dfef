package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A post named with its holder in apposition is the holder: "Spain's defence minister, Name, rejected …", "the
 * Turkish defence minister, Name, met …" and "criticised the country's interior minister, Name," are the person, as
 * "Defence Minister Name" and "Name, Spain's defence minister," already are; the post only says who the person is.
 * The post is a singular noun ending the mention (an office, "founder", "candidate"); the name is its apposition, a
 * person the catalog lists or a name it lacks, which becomes a person of the post's body ("Kenya's U.N. ambassador"
 * being his state's). A post the catalog knows by itself ("Egypt's foreign minister") is the person the text names
 * too, not the holder the catalog has on file for the date; a title held no more makes no difference, the former
 * minister being the person too. Names after a plural post ("its ministers, A and B,") leave the post its body.
 * Stateless.
 */
final class ApposedPersons {

  private ApposedPersons() {}

  /** The person named in apposition to the post {@code m} ends with, spanning post and name; else {@code m}. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m == null || m.implied()) {
      return m;
    }
    IndexedWord post = g.node(m.last());
    if (post == null || !g.pos(post).equals("NN")) {
      return m;
    }
    for (IndexedWord a : g.children(post, "appos")) {
      ActorSpan p = g.mentionOf(a);
      if (p == null || p.implied()) {
        continue;
      }
      String text = g.text(m.first(), p.last());
      if (p.actor().kind() == ActorKind.PERSON) {
        return ActorSpan.of(m.first(), p.last(), p.actor(), text);
      }
      if (p.actor().isAdHoc() && p.actor().kind() == ActorKind.UNKNOWN) {
        // A name only the tagger knows is a person of the post's body, as "Name, the foreign minister of X," is.
        ActorSpan posted = PostedEnvoys.at(g, post);
        Actor body = posted != null ? posted.actor() : m.actor();
        return ActorSpan.of(m.first(), p.last(), g.ctx.actors().adHocGroup(p.text(), ActorKind.PERSON, body), text);
      }
    }
    return m;
  }
}
