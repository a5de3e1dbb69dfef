package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Mention;

/**
 * An actor as a sentence names it: over tokens {@code [first, last]} of the sentence, or implied by the clause
 * ({@code first == last == -1}: "بلاده" standing for the speaker's state, a first-person verb for the speaker's
 * government). Carries the catalog {@link Mention} when the words are a catalog mention; pronouns, demonyms and
 * names the catalog lacks have none.
 *
 * @param first the first token, or -1 when implied
 * @param last the last token, or -1 when implied
 * @param actor the actor
 * @param text the words the article used for it
 * @param mention the catalog mention the span comes from, when it does
 */
public record ActorSpan(int first, int last, Actor actor, String text, Optional<Mention> mention) {

  public ActorSpan {
    checkArgument(first >= -1 && last >= first && (first >= 0 || last == -1),
        "need -1 <= first <= last, both -1 or neither, got %s and %s", first, last);
    requireNonNull(actor, "actor");
    requireNonNull(text, "text");
    requireNonNull(mention, "mention");
  }

  /** A catalog mention over tokens {@code [first, last]}. */
  public static ActorSpan of(int first, int last, Mention mention) {
    requireNonNull(mention, "mention");
    return new ActorSpan(first, last, mention.actor(), mention.text(), Optional.of(mention));
  }

  /** An actor named at tokens {@code [first, last]} without a catalog mention (a pronoun, a demonym, a name). */
  public static ActorSpan of(int first, int last, Actor actor, String text) {
    return new ActorSpan(first, last, actor, text, Optional.empty());
  }

  /** An actor the clause implies without naming it. */
  public static ActorSpan implied(Actor actor, String text) {
    return new ActorSpan(-1, -1, actor, text, Optional.empty());
  }

  /** Whether the clause implies the actor without naming it. */
  public boolean implied() {
    return first < 0;
  }

  /** Whether the actor is an unnamed source. */
  public boolean anonymous() {
    return actor.kind() == ActorKind.ANONYMOUS;
  }

  /** Whether the actor is a news outlet or agency. */
  public boolean media() {
    return actor.kind() == ActorKind.MEDIA;
  }

  /** The same actor, standing at token {@code at} (a pronoun that refers back to it). */
  public ActorSpan at(int at) {
    return new ActorSpan(at, at, actor, text, mention);
  }

  /** This span as a reference (not resolved to an office holder). */
  public ActorRef toRef() {
    return ActorRef.of(actor, text);
  }
}
