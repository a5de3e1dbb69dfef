package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A reference to an actor as a claim uses it: the resolved actor and the words the article used for it.
 *
 * <p>Catalogued actors carry their catalog id ({@code "RUS"}, {@code "dmitry-peskov"}); names the catalog lacks
 * are kept as ad-hoc actors whose id starts with {@code "adhoc:"} and whose {@link #catalogued()} is false.
 *
 * @param id the actor's id in the {@link ActorCatalog}, or an {@code adhoc:} id
 * @param name the actor's canonical English name (its surface form for ad-hoc actors)
 * @param kind what kind of actor it is
 * @param mention the words the article used ("the Kremlin spokesman", "بيسكوف")
 * @param catalogued whether the actor comes from the catalog
 */
public record ActorRef(String id, String name, ActorKind kind, String mention, boolean catalogued) {

  public ActorRef {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(mention, "mention");
  }

  /** A reference to a catalog actor under the given mention. */
  public static ActorRef of(Actor actor, String mention) {
    requireNonNull(actor, "actor");
    return new ActorRef(actor.id(), actor.name(), actor.kind(), mention, !actor.isAdHoc());
  }

  /** The id in its typed form: catalogued, ad-hoc or anonymous. */
  public ActorId typedId() {
    return ActorId.parse(id);
  }

  /** Whether this is an unnamed source ("informed sources", "مصدر مقرب من الكرملين"). */
  public boolean isAnonymous() {
    return kind == ActorKind.ANONYMOUS;
  }

  @Override
  public String toString() {
    return name + " [" + id + "]" + (mention.equals(name) ? "" : " as \"" + mention + "\"");
  }
}
