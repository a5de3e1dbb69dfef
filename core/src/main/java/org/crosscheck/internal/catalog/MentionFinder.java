package org.crosscheck.internal.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.text.Tokens;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.MentionGrammar;

/**
 * Finds actor mentions in text: longest catalog matches on folded word forms ({@link CatalogMatches}), then the
 * composition of what news writing puts side by side, each a rule of its own reading the
 * {@link MentionGrammar} of the requested language: a state and a title noun ({@link TitleNames}), a demonym and an
 * agent noun ({@link DemonymAgents}), a body and a title noun ({@link BodyTitles}), a title and a person
 * ({@link TitledPersons}), a title and a name the catalog lacks ({@link NamesAfterTitles}), anonymous sources
 * ({@link AnonymousSources}) and capitalised names the catalog lacks ({@link UnknownNames}). A language without a
 * profile gets catalog matches, titles next to the people the catalog knows, and offices resolved by date: the rules
 * that need no words. Immutable and thread-safe.
 */
public final class MentionFinder {

  private final CatalogIndex catalog;
  private final Profiles profiles;
  private final MadeUpActors madeUp;

  public MentionFinder(CatalogIndex catalog, Profiles profiles) {
    this.catalog = catalog;
    this.profiles = profiles;
    this.madeUp = new MadeUpActors(profiles);
  }

  /** Finds mentions in {@code text[from, to)}, with the grammar of {@code language}. */
  public List<Mention> find(String text, int from, int to, Language language, LocalDate date) {
    LanguageProfile profile = profiles.of(language).orElseGet(() -> LanguageProfile.empty(language));
    Passage p = new Passage(text, Tokens.tokenize(text, from, to), catalog, profile);
    List<Candidate> items = CatalogMatches.find(p);
    TitleNames.apply(p, items);
    DemonymAgents.apply(p, items);
    BodyTitles.apply(p, items);
    TitledPersons.apply(p, items);
    NamesAfterTitles.apply(p, items);
    // Demonyms and agents left alone are not mentions.
    items.removeIf(c -> c.actor == null);
    List<Candidate> anonymous = AnonymousSources.find(p, items, madeUp);
    List<Candidate> all = new ArrayList<>();
    for (Candidate c : items) {
      if (!covered(anonymous, c)) {
        all.add(c);
      }
    }
    all.addAll(anonymous);
    if (p.grammar.adHocNames()) {
      all.addAll(UnknownNames.find(p, all));
      // A state's name read as a person's family name is no longer the state.
      all.removeIf(c -> c.actor == null);
    }
    all.sort(Comparator.comparingInt(c -> c.from));
    List<Mention> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Actor actor = resolveRole(c.actor, date);
      int s = p.tokens.get(c.from).start();
      int e = p.tokens.get(c.to - 1).end();
      if (c.to - c.from > 1 && p.tokens.get(c.to - 1).end() - p.tokens.get(c.to - 1).start() == 1
          && e < text.length() && text.charAt(e) == '.') {
        // "U.N.": an acronym written with dots keeps its last dot, as a tokenizer keeps it in the word.
        e++;
      }
      out.add(new Mention(text.substring(s, e), s, e, actor, Optional.ofNullable(c.title), catalog.chain(actor, date)));
    }
    return out;
  }

  /** An ad-hoc actor for a name the catalog lacks. */
  public static Actor adHoc(String surface, org.crosscheck.ActorKind kind) {
    return MadeUpActors.adHoc(surface, kind, null);
  }

  /** A role or an office named without its holder resolves to whoever held it on the date. */
  private Actor resolveRole(Actor actor, LocalDate date) {
    if (date != null && catalog.isOffice(actor.id())) {
      return catalog.holderOn(actor.id(), date).orElse(actor);
    }
    return actor;
  }

  private static boolean covered(List<Candidate> by, Candidate c) {
    for (Candidate b : by) {
      if (c.from >= b.from && c.to <= b.to) {
        return true;
      }
    }
    return false;
  }
}
