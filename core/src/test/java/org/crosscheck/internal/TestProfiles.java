package org.crosscheck.internal;

import java.util.List;
import org.crosscheck.Language;
import org.crosscheck.spi.ActorNaming;
import org.crosscheck.spi.DateVocabulary;
import org.crosscheck.spi.FurnitureVocabulary;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.crosscheck.spi.MentionGrammar.NameShape;
import org.crosscheck.spi.Vocabulary;

/**
 * Profiles of two invented languages, for tests of core's language-neutral mechanics: Zemblan ({@code qaa}) puts
 * demonyms before nouns and capitalises names, like English; Qabbish ({@code qab}) puts them after and writes names
 * after titles as two words, like Arabic. Their words ({@code qaa-*.tsv}, {@code qab-*.tsv}) appear in no real
 * language, so a passing test shows the mechanics work from the profile alone.
 */
public final class TestProfiles {

  private TestProfiles() {}

  /** ISO 639-2 reserves qaa–qtz for local use. */
  public static final Language ZEMBLAN = Language.of("qaa");
  public static final Language QABBISH = Language.of("qab");

  private static final Class<?> HERE = TestProfiles.class;

  /** Zemblan, with every part of a profile. */
  public static LanguageProfile zemblan() {
    return zemblan(MentionGrammar.builder().words(HERE, "qaa-mentions.tsv").demonymOrder(DemonymOrder.BEFORE_NOUN)
        .namesAfterTitles(NameShape.CAPITALISED).adHocNames(true).build());
  }

  /** Zemblan with another mention grammar. */
  public static LanguageProfile zemblan(MentionGrammar grammar) {
    return LanguageProfile.builder(ZEMBLAN)
        .script(Character.UnicodeScript.LATIN)
        .dates(DateVocabulary.load(HERE, "qaa-dates.tsv"))
        .furniture(FurnitureVocabulary.load(HERE, "qaa-furniture.tsv"))
        .mentions(grammar)
        .actorNames(ActorNaming.load(HERE, "qaa-sectors.tsv", "qaa-actor-names.tsv"))
        .detectionWords(Vocabulary.words(HERE, "qaa-detection-words.tsv"))
        .build();
  }

  /** Qabbish: dates and a mention grammar, no furniture and no names for made-up actors. */
  public static LanguageProfile qabbish() {
    return LanguageProfile.builder(QABBISH)
        .script(Character.UnicodeScript.LATIN)
        .dates(DateVocabulary.load(HERE, "qab-dates.tsv"))
        .mentions(MentionGrammar.builder().words(HERE, "qab-mentions.tsv").demonymOrder(DemonymOrder.AFTER_NOUN)
            .namesAfterTitles(NameShape.TWO_WORDS).build())
        .build();
  }

  /** Both languages. */
  public static Profiles both() {
    return Profiles.of(List.of(zemblan(), qabbish()));
  }
}
