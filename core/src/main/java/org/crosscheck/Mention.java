package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An actor mentioned in a text: the span, the actor it resolves to, the title that came with it, and the
 * actor's {@code memberOf} chain on the date of resolution.
 *
 * @param text the words of the mention, exactly as in the text
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 * @param actor the resolved actor (an ad-hoc or anonymous actor when the catalog lacks the name)
 * @param title the role or office named with a person ("Kremlin spokesman" in "Peskov, the Kremlin spokesman")
 * @param chain the ids from {@code actor} up its {@code memberOf} links on the date ({@code dmitry-peskov,
 *     kremlin-spokesman, RUSGOV, RUS}); starts with {@code actor.id()}
 */
public record Mention(String text, int start, int end, Actor actor, Optional<Actor> title, List<String> chain) {

  public Mention {
    requireNonNull(text, "text");
    checkArgument(start >= 0 && end - start == text.length(), "span [%s, %s) does not fit text", start, end);
    requireNonNull(actor, "actor");
    requireNonNull(title, "title");
    chain = List.copyOf(chain);
    checkArgument(!chain.isEmpty() && chain.get(0).equals(actor.id()), "chain must start with the actor id");
  }

  /** This mention as an {@link ActorRef}. */
  public ActorRef toRef() {
    return ActorRef.of(actor, text);
  }

  /** Whether the mention is an unnamed source. */
  public boolean isAnonymous() {
    return actor.kind() == ActorKind.ANONYMOUS;
  }
}
