package org.crosscheck.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Language;
import org.crosscheck.spi.LanguageProfile;

/**
 * The language profiles core's services work with: those of the language modules on the class path
 * ({@link #registered()}), or given ones in tests. English comes first, as it is the language of
 * {@link org.crosscheck.Actor#name()}, then the others by code, so that what is built from several profiles comes
 * out the same whatever the class path order. Immutable and thread-safe.
 */
public final class Profiles {

  private static final Profiles NONE = new Profiles(List.of());

  private final List<LanguageProfile> all;
  private final Map<Language, LanguageProfile> byLanguage;

  private Profiles(Collection<LanguageProfile> profiles) {
    List<LanguageProfile> sorted = new ArrayList<>(profiles);
    sorted.sort(Comparator.comparing((LanguageProfile p) -> !p.language().equals(Language.ENGLISH))
        .thenComparing(p -> p.language().code()));
    Map<Language, LanguageProfile> map = new LinkedHashMap<>();
    for (LanguageProfile p : sorted) {
      if (map.putIfAbsent(p.language(), p) != null) {
        throw new IllegalArgumentException("two profiles for " + p.language());
      }
    }
    this.all = List.copyOf(map.values());
    this.byLanguage = Map.copyOf(map);
  }

  /** The profiles of the language modules on the class path, loaded once per JVM. */
  public static Profiles registered() {
    return LanguageRegistry.profiles();
  }

  /** The given profiles, at most one per language. */
  public static Profiles of(Collection<LanguageProfile> profiles) {
    return new Profiles(requireNonNull(profiles, "profiles"));
  }

  /** No profile: core's language-neutral rules only. */
  public static Profiles none() {
    return NONE;
  }

  /** Every profile, English first, then by language code. */
  public List<LanguageProfile> all() {
    return all;
  }

  /** The profile of {@code language}, when a module supplies one. */
  public Optional<LanguageProfile> of(Language language) {
    return Optional.ofNullable(byLanguage.get(language));
  }
}
