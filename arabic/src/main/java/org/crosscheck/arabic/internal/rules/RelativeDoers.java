package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * The doer of what the cue's object names, in a relative clause on it: "أشاد بالدور الذي تلعبه قطر", "أدان الهجوم
 * الذي نفذته حماس", "رفض الاتهامات التي وجهتها واشنطن". Praising a role, condemning an attack or rejecting
 * accusations is a stance toward whoever plays, carries out or makes them. The object is a noun right after the cue
 * ({@link ObjectNisbas#object}, with up to one adjective); the relative pronoun
 * ({@code syntax.tsv}, RELATIVE) follows it, then a verb whose object pronoun refers back to the noun ("تلعبـه",
 * "قامت بـه"), then the actor: with that pronoun the actor is the verb's subject. Without it the relative pronoun
 * is the subject and the actor the verb's object ("الهجوم الذي استهدف الجيش": the army was struck, it struck
 * nothing), which this rule leaves alone. Stateless.
 */
final class RelativeDoers {

  private RelativeDoers() {}

  /** The subject of a relative clause on the cue's object, as the target; empty when the words are not so. */
  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    int j = ObjectNisbas.object(r, seg, cue, holder);
    if (j < 0) {
      return Optional.empty();
    }
    j++;
    if (j < seg.to() && !r.hasMention(j) && r.tag(j).contains("JJ")) {
      j++;
    }
    // A perfect with its object pronoun may come out of the segmenter as a noun ("وجهة" + "ها").
    boolean suffixed = j + 1 < seg.to() && StanceCues.suffixedVerb(r, j + 1);
    if (j + 3 >= seg.to() || !r.lex.is(r.folded(j), ArabicLexicon.SyntaxClass.RELATIVE)
        || !r.isVerb(j + 1) && !suffixed) {
      return Optional.empty();
    }
    int k = j + 2;
    if (r.lex.is(r.key(k), GrammarClass.GOVERNING_PREPOSITION) && !r.hasMention(k)) {
      k++;
    }
    if (!r.tag(k).startsWith("PRP") || r.tag(k).equals("PRP$") && !suffixed) {
      return Optional.empty();
    }
    ActorSpan m = r.mention(k + 1);
    return m != null && m.first() == k + 1 && Holders.holderLike(m) && !Holders.governed(r, m)
        && !Targets.locative(r, m) && (holder.implied() || !m.actor().id().equals(holder.actor().id()))
        ? Optional.of(m) : Optional.empty();
  }
}
