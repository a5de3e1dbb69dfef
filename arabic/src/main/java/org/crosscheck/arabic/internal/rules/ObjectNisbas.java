package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.spi.ActorSpan;

/**
 * A state named only by a demonym on the cue's object ("يستهدفون السفن الأمريكية", "ترفض المبادرة الفرنسية",
 * "تحتجز ناقلة بريطانية"): the object belongs to that state, which is the stance's target when no actor is named.
 * The object is the first noun after the cue ({@link #object}: "تشيد بالجهود المصرية"); the demonym is among the
 * one or two adjectives right after that noun and agrees with it in definiteness (a definite noun's indefinite
 * adjective is a predicate, not its own). Not the holder's own state ("روسيا تدعم الاقتصاد الروسي"), not an actor
 * already named there, not a person of that state ({@code objects.tsv}, PERSON: "تدين الشاعرة الفلسطينية"), not a
 * noun of place ("في المياه الإقليمية" stops at "في"). Stateless.
 */
final class ObjectNisbas {

  private ObjectNisbas() {}

  /** How many adjectives after the object may hold the demonym. */
  static final int ADJECTIVES = 2;

  /** The state whose demonym describes the cue's object, as the target; empty when there is none. */
  static Optional<ActorSpan> of(Reading r, Segment seg, int cue, ActorSpan holder) {
    int j = object(r, seg, cue, holder);
    if (j < 0 || r.nounIn(j, ArabicLexicon.ObjectClass.PERSON)) {
      // "تدين الشاعرة الفلسطينية": a person of a state is not the state.
      return Optional.empty();
    }
    boolean definite = r.tag(j).startsWith("DT");
    for (int k = j + 1; k < Math.min(seg.to(), j + 1 + ADJECTIVES); k++) {
      String t = r.tag(k);
      if (r.hasMention(k) || !t.contains("JJ") || t.startsWith("DT") != definite) {
        return Optional.empty();
      }
      Optional<Actor> state = r.actors().stateOfDemonym(r.folded(k));
      if (state.isPresent()) {
        return Optional.of(ActorSpan.of(k, k, state.get(), r.word(k))).filter(s -> !own(holder, s));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the cue's object stands: the first word after the cue, past the holder's words right after it (verb
   * first), a possessive pronoun on the cue ("رفضه لـ…") and one preposition of targets ("تشيد بالجهود"), when it
   * is a common noun that names no actor and no place; -1 otherwise.
   */
  static int object(Reading r, Segment seg, int cue, ActorSpan holder) {
    int j = cue + 1;
    if (!holder.implied() && holder.first() == j) {
      j = holder.last() + 1;
    }
    if (j < seg.to() && r.tag(j).equals("PRP$")) {
      j++;
    }
    if (j < seg.to() && !r.hasMention(j) && r.lex.is(r.key(j), GrammarClass.TARGET_MARKER)) {
      j++;
    }
    if (j >= seg.to() || r.hasMention(j)) {
      return -1;
    }
    String t = r.tag(j);
    return t.contains("NN") && !t.contains("NNP") && !r.lex.is(r.key(j), ArabicLexicon.SyntaxClass.LOCATIVE) ? j : -1;
  }

  /** Whether the state is the holder's own: the same actor, or the state its CAMEO code begins with. */
  static boolean own(ActorSpan holder, ActorSpan state) {
    Actor h = holder.actor();
    Actor s = state.actor();
    String hc = h.cameo().orElse(h.id());
    String sc = s.cameo().orElse(s.id());
    boolean sameState = hc.length() >= 3 && sc.length() >= 3 && hc.substring(0, 3).equals(sc.substring(0, 3));
    return h.id().equals(s.id()) || sameState
        || h.memberOf().stream().anyMatch(m -> m.actor().equals(s.id()));
  }
}
