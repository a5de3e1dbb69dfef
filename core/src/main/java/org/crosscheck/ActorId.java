package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The typed form of an actor id, which is a string in {@link Actor#id()}, {@link ActorRef#id()} and the JSON: a
 * catalog id ({@code "RUS"}, {@code "dmitry-peskov"}), an ad-hoc actor for a name the catalog lacks
 * ({@code "adhoc:person:andrey-rudenko"}) or an unnamed source and whom it is close to
 * ({@code "anon:RUSGOV"}, {@code "anon:unaffiliated"}). Code that needs to know which one it has parses the string
 * here instead of cutting prefixes. Immutable and thread-safe.
 */
public sealed interface ActorId permits ActorId.Catalogued, ActorId.AdHoc, ActorId.Anonymous {

  /** The id as a string, as {@link Actor#id()} holds it. */
  String value();

  /** Reads an id string. */
  static ActorId parse(String id) {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    if (id.startsWith(AdHoc.PREFIX)) {
      String rest = id.substring(AdHoc.PREFIX.length());
      int colon = rest.indexOf(':');
      checkArgument(colon > 0 && colon < rest.length() - 1, "ad-hoc id must read adhoc:<kind>:<slug>, got %s", id);
      ActorKind kind;
      try {
        kind = ActorKind.valueOf(rest.substring(0, colon).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("ad-hoc id has an unknown kind: " + id, e);
      }
      return new AdHoc(kind, rest.substring(colon + 1));
    }
    if (id.startsWith(Anonymous.PREFIX)) {
      String rest = id.substring(Anonymous.PREFIX.length());
      return new Anonymous(rest.equals(Anonymous.UNAFFILIATED) || rest.isEmpty() ? Optional.empty()
          : Optional.of(rest));
    }
    return new Catalogued(id);
  }

  /** A catalog actor's id. */
  record Catalogued(String value) implements ActorId {
    public Catalogued {
      requireNonNull(value, "value");
      checkArgument(!value.isBlank() && !value.startsWith(AdHoc.PREFIX) && !value.startsWith(Anonymous.PREFIX),
          "not a catalog id: %s", value);
    }
  }

  /**
   * An actor made up for a name the catalog lacks.
   *
   * @param kind what kind of actor the name was taken for
   * @param slug the name in lower case with spaces and punctuation as hyphens
   */
  record AdHoc(ActorKind kind, String slug) implements ActorId {
    static final String PREFIX = "adhoc:";

    public AdHoc {
      requireNonNull(kind, "kind");
      requireNonNull(slug, "slug");
      checkArgument(!slug.isBlank(), "slug must not be blank");
    }

    /** The ad-hoc id for {@code surface}, a name as written. */
    public static AdHoc of(ActorKind kind, String surface) {
      requireNonNull(surface, "surface");
      String slug = surface.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s\\p{Punct}]+", "-");
      return new AdHoc(kind, slug.isEmpty() ? "-" : slug);
    }

    @Override
    public String value() {
      return PREFIX + kind.name().toLowerCase(Locale.ROOT) + ":" + slug;
    }
  }

  /**
   * An unnamed source.
   *
   * @param affiliation the id of whom the source is close to, when the text says
   */
  record Anonymous(Optional<String> affiliation) implements ActorId {
    static final String PREFIX = "anon:";
    static final String UNAFFILIATED = "unaffiliated";

    public Anonymous {
      requireNonNull(affiliation, "affiliation");
    }

    @Override
    public String value() {
      return PREFIX + affiliation.orElse(UNAFFILIATED);
    }
  }
}
