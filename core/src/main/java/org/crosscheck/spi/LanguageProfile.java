package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;

/**
 * The vocabulary a language module lends to Crosscheck's language-neutral services, loaded from the module's data
 * files. Core holds no word of any language: what it knows of one comes from here.
 *
 * <ul>
 *   <li>{@link #dates()}: month and weekday names, relative days and date patterns, for the {@link ArticleParser}'s
 *       publication date, claim dates and {@link DateExpressions}.
 *   <li>{@link #furniture()}: widget words and the labels of read-also, tag, source, credit and date lines, for the
 *       parser's furniture removal.
 *   <li>{@link #mentions()}: the grammar the actor catalog's mention finder composes titles, names, demonyms and
 *       anonymous sources with, for articles in this language.
 *   <li>{@link #actorNames()}: sector labels and the names of made-up actors (country sectors, anonymous sources).
 *   <li>{@link #detectionWords()}: common function words that tell the language from other Latin-script ones.
 *   <li>{@link #backgroundSections()}: heading words that open a background or analysis section.
 *   <li>{@link #script()}: the script the language is written in.
 * </ul>
 *
 * Services that work on any text (the parser, the date finder) use the profiles of every module on the class path
 * together; the mention finder uses the profile of the article's language. With no module on the class path core
 * still parses articles and finds mentions, with its language-neutral rules only.
 *
 * <p>Built with {@link #builder(Language)}; every part defaults to empty. Immutable and thread-safe.
 *
 * <pre>{@code
 * LanguageProfile.builder(Language.ENGLISH)
 *     .script(Character.UnicodeScript.LATIN)
 *     .dates(DateVocabulary.load(EnglishProfile.class, "dates.tsv"))
 *     .furniture(FurnitureVocabulary.load(EnglishProfile.class, "furniture.tsv"))
 *     .mentions(MentionGrammar.builder().words(EnglishProfile.class, "mentions.tsv")
 *         .demonymOrder(MentionGrammar.DemonymOrder.BEFORE_NOUN).build())
 *     .actorNames(ActorNaming.load(EnglishProfile.class, "sectors.tsv", "actor-names.tsv"))
 *     .detectionWords(Vocabulary.words(EnglishProfile.class, "detection-words.tsv"))
 *     .build();
 * }</pre>
 */
public final class LanguageProfile {

  private final Language language;
  private final Optional<Character.UnicodeScript> script;
  private final ImmutableSet<String> backgroundSections;
  private final DateVocabulary dates;
  private final FurnitureVocabulary furniture;
  private final MentionGrammar mentions;
  private final ActorNaming actorNames;
  private final ImmutableSet<String> detectionWords;

  private LanguageProfile(Builder b) {
    this.language = b.language;
    this.script = Optional.ofNullable(b.script);
    this.backgroundSections = b.backgroundSections.build();
    this.dates = b.dates;
    this.furniture = b.furniture;
    this.mentions = b.mentions;
    this.actorNames = b.actorNames;
    this.detectionWords = b.detectionWords.build();
  }

  /** A builder for the profile of {@code language}. */
  public static Builder builder(Language language) {
    return new Builder(language);
  }

  /** A profile without vocabulary. */
  public static LanguageProfile empty(Language language) {
    return builder(language).build();
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** The script the language is written in, when the profile says. */
  public Optional<Character.UnicodeScript> script() {
    return script;
  }

  /** Heading words that open a background or analysis section ("background", "analysis"), in lower case. */
  public Set<String> backgroundSections() {
    return backgroundSections;
  }

  /** Whether a heading opens a background or analysis section: it contains one of {@link #backgroundSections()}. */
  public boolean opensBackground(String heading) {
    String h = TextForms.fold(requireNonNull(heading, "heading")).toLowerCase(Locale.ROOT);
    for (String w : backgroundSections) {
      if (h.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** How the language writes dates. */
  public DateVocabulary dates() {
    return dates;
  }

  /** What page furniture looks like in the language. */
  public FurnitureVocabulary furniture() {
    return furniture;
  }

  /** How the language puts actors side by side. */
  public MentionGrammar mentions() {
    return mentions;
  }

  /** How the language names made-up actors. */
  public ActorNaming actorNames() {
    return actorNames;
  }

  /** Common function words, in lower case, that tell the language from other Latin-script ones. */
  public Set<String> detectionWords() {
    return detectionWords;
  }

  @Override
  public String toString() {
    return "LanguageProfile[" + language + "]";
  }

  /** Builds a {@link LanguageProfile}. Not thread-safe. */
  public static final class Builder {
    private final Language language;
    private Character.UnicodeScript script;
    private final ImmutableSet.Builder<String> backgroundSections = ImmutableSet.builder();
    private DateVocabulary dates = DateVocabulary.empty();
    private FurnitureVocabulary furniture = FurnitureVocabulary.empty();
    private MentionGrammar mentions = MentionGrammar.none();
    private ActorNaming actorNames = ActorNaming.none();
    private final ImmutableSet.Builder<String> detectionWords = ImmutableSet.builder();

    private Builder(Language language) {
      this.language = requireNonNull(language, "language");
    }

    /** The script the language is written in. */
    public Builder script(Character.UnicodeScript script) {
      this.script = requireNonNull(script, "script");
      return this;
    }

    /** Adds heading words that open background or analysis sections. */
    public Builder backgroundSections(Set<String> words) {
      for (String w : requireNonNull(words, "words")) {
        backgroundSections.add(TextForms.fold(requireNonNull(w, "words element")).toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** The date vocabulary; empty by default. */
    public Builder dates(DateVocabulary dates) {
      this.dates = requireNonNull(dates, "dates");
      return this;
    }

    /** The furniture vocabulary; empty by default. */
    public Builder furniture(FurnitureVocabulary furniture) {
      this.furniture = requireNonNull(furniture, "furniture");
      return this;
    }

    /** The mention grammar; {@link MentionGrammar#none()} by default. */
    public Builder mentions(MentionGrammar mentions) {
      this.mentions = requireNonNull(mentions, "mentions");
      return this;
    }

    /** The names of made-up actors; none by default. */
    public Builder actorNames(ActorNaming actorNames) {
      this.actorNames = requireNonNull(actorNames, "actorNames");
      return this;
    }

    /** Adds detection words (compared in lower case). */
    public Builder detectionWords(Set<String> words) {
      for (String w : requireNonNull(words, "words")) {
        detectionWords.add(requireNonNull(w, "words element").toLowerCase(Locale.ROOT));
      }
      return this;
    }

    public LanguageProfile build() {
      return new LanguageProfile(this);
    }
  }
}
