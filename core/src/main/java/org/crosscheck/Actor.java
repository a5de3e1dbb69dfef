package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A canonical actor in the {@link ActorCatalog}: a state, government, person, role, organisation, armed group,
 * media outlet or international body, with its names in each language and its dated affiliations.
 *
 * <p>The first name listed for a language is the canonical name in that language; the rest are aliases that
 * mention finding matches (case-insensitively, except single all-capital words of up to five letters such as
 * "US" or "HTS", which must appear in capitals). Immutable and thread-safe.
 *
 * @param id stable identifier: the CAMEO code for countries and their sectors ({@code "RUS"},
 *     {@code "RUSGOV"}), a lower-case slug otherwise ({@code "dmitry-peskov"}); ad-hoc actors start with
 *     {@code "adhoc:"}
 * @param kind what kind of actor it is
 * @param cameo the CAMEO actor code, where one exists
 * @param names the names per language, canonical first; at least one name in some language
 * @param memberOf the actors this one belongs to or holds, with their dates
 */
public record Actor(
    String id, ActorKind kind, Optional<String> cameo, Map<Language, List<String>> names,
    List<Affiliation> memberOf) {

  public Actor {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank() && id.strip().equals(id), "id must be non-blank without surrounding spaces");
    ActorId.parse(id);
    requireNonNull(kind, "kind");
    requireNonNull(cameo, "cameo");
    requireNonNull(names, "names");
    Map<Language, List<String>> copy = new LinkedHashMap<>();
    names.forEach((lang, list) -> {
      requireNonNull(lang, "names key");
      List<String> l = List.copyOf(list);
      for (String n : l) {
        checkArgument(!n.isBlank(), "actor %s has a blank name", id);
      }
      if (!l.isEmpty()) {
        copy.put(lang, l);
      }
    });
    checkArgument(!copy.isEmpty(), "actor %s has no name", id);
    names = java.util.Collections.unmodifiableMap(copy);
    memberOf = List.copyOf(memberOf);
    for (Affiliation a : memberOf) {
      checkArgument(!a.actor().equals(id), "actor %s cannot be a member of itself", id);
    }
  }

  /** Starts an actor with the given id and kind. */
  public static Builder builder(String id, ActorKind kind) {
    return new Builder(id, kind);
  }

  /** The canonical English name, or the first canonical name in any language when there is no English one. */
  public String name() {
    List<String> en = names.get(Language.ENGLISH);
    return en != null ? en.get(0) : names.values().iterator().next().get(0);
  }

  /** The canonical name in {@code language}, when the actor has one. */
  public Optional<String> name(Language language) {
    List<String> l = names.get(requireNonNull(language, "language"));
    return l == null ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Every name and alias in {@code language}, canonical first; empty when none. */
  public List<String> aliases(Language language) {
    return names.getOrDefault(requireNonNull(language, "language"), List.of());
  }

  /** Whether this actor was made up for a name the catalog lacks. */
  public boolean isAdHoc() {
    return typedId() instanceof ActorId.AdHoc;
  }

  /** The id in its typed form: catalogued, ad-hoc or anonymous. */
  public ActorId typedId() {
    return ActorId.parse(id);
  }

  /** Builds an {@link Actor}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ActorKind kind;
    private String cameo;
    private final Map<Language, List<String>> names = new LinkedHashMap<>();
    private final List<Affiliation> memberOf = new java.util.ArrayList<>();

    private Builder(String id, ActorKind kind) {
      this.id = requireNonNull(id, "id");
      this.kind = requireNonNull(kind, "kind");
    }

    public Builder cameo(String cameo) {
      this.cameo = requireNonNull(cameo, "cameo");
      return this;
    }

    /** Adds names in a language; the first name ever added for a language is its canonical name. */
    public Builder names(Language language, String... names) {
      requireNonNull(language, "language");
      List<String> l = this.names.computeIfAbsent(language, k -> new java.util.ArrayList<>());
      for (String n : names) {
        requireNonNull(n, "names element");
        if (!l.contains(n)) {
          l.add(n);
        }
      }
      return this;
    }

    public Builder memberOf(Affiliation affiliation) {
      memberOf.add(requireNonNull(affiliation, "affiliation"));
      return this;
    }

    public Builder memberOf(String actorId) {
      return memberOf(Affiliation.memberOf(actorId));
    }

    public Actor build() {
      return new Actor(id, kind, Optional.ofNullable(cameo), names, memberOf);
    }
  }
}
