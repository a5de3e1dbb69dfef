package org.crosscheck.internal.catalog;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorId;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.internal.text.MatchForms;
import org.crosscheck.spi.ActorNaming;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.Sector;

/**
 * The actors Crosscheck makes up rather than finds in its catalog: a country's sector (Syria + REB), an anonymous
 * source, a name the catalog lacks. Country sectors and anonymous sources are named in every language whose
 * profile has the names ({@link ActorNaming}); an actor without a name in a language is called by its
 * {@linkplain Actor#name() display name} in English, the language of that name, and not at all in the others.
 * Immutable and thread-safe.
 */
final class MadeUpActors {

  private final Profiles profiles;

  MadeUpActors(Profiles profiles) {
    this.profiles = profiles;
  }

  /** An ad-hoc actor for a name the catalog lacks, belonging to {@code parent} when given. */
  static Actor adHoc(String surface, ActorKind kind, Actor parent) {
    Actor.Builder b = Actor.builder(ActorId.AdHoc.of(kind, surface).value(), kind);
    b.names(MatchForms.isArabic(ArabicText.fold(surface)) ? Language.ARABIC : Language.ENGLISH, surface.strip());
    if (parent != null) {
      b.memberOf(Affiliation.memberOf(parent.id()));
    }
    return b.build();
  }

  /** An anonymous source, belonging to {@code affiliation} when the text says whom it is close to. */
  Actor anonymous(Actor affiliation) {
    String id = new ActorId.Anonymous(Optional.ofNullable(affiliation).map(Actor::id)).value();
    Actor.Builder b = Actor.builder(id, ActorKind.ANONYMOUS);
    boolean named = false;
    for (LanguageProfile p : profiles.all()) {
      ActorNaming names = p.actorNames();
      Optional<String> name = affiliation == null ? names.template(ActorNaming.Template.ANONYMOUS)
          : nameIn(affiliation, p.language()).map(n -> withArticle(affiliation, n, names))
              .flatMap(names::anonymousCloseTo);
      if (name.isPresent()) {
        b.names(p.language(), name.get());
        named = true;
      }
    }
    if (!named) {
      b.names(Language.UNDETERMINED, id);
    }
    if (affiliation != null) {
      b.memberOf(affiliation.id());
    }
    return b.build();
  }

  /** The actor for a state and a sector the catalog has no entry for: "Syria rebels". */
  Actor composite(String id, Actor state, Sector sector, Optional<String> government) {
    Actor.Builder b = Actor.builder(id, sector.kind()).cameo(id);
    boolean named = false;
    for (LanguageProfile p : profiles.all()) {
      Optional<String> name = nameIn(state, p.language()).flatMap(n -> p.actorNames().composite(n, sector));
      if (name.isPresent()) {
        b.names(p.language(), name.get());
        named = true;
      }
    }
    if (!named) {
      b.names(Language.UNDETERMINED, state.name() + " " + sector.name());
    }
    if (sector.ofState()) {
      b.memberOf(sector.underGovernment() && government.isPresent() ? government.get() : state.id());
    }
    return b.build();
  }

  /** An actor's name in a language; in English, its display name when it has no English one. */
  private static Optional<String> nameIn(Actor a, Language language) {
    return language.equals(Language.ENGLISH) ? Optional.of(a.name()) : a.name(language);
  }

  /** "the Russian government", "Russia", "the Kremlin": institutions take the language's article, states not. */
  private static String withArticle(Actor a, String name, ActorNaming names) {
    Optional<String> article = names.template(ActorNaming.Template.INSTITUTION_ARTICLE);
    boolean institution = a.kind() == ActorKind.GOVERNMENT || a.kind() == ActorKind.GROUP
        || a.kind() == ActorKind.ARMED_GROUP && !Character.isUpperCase(name.charAt(0));
    if (article.isEmpty() || !institution) {
      return name;
    }
    String prefix = article.get() + " ";
    return name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)) ? name : prefix + name;
  }
}
