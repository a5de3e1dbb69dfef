package org.crosscheck.english.internal.profile;

import java.util.Set;
import org.crosscheck.Language;
import org.crosscheck.english.internal.rules.EnglishLexicon;
import org.crosscheck.spi.ActorNaming;
import org.crosscheck.spi.DateVocabulary;
import org.crosscheck.spi.FurnitureVocabulary;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.crosscheck.spi.MentionGrammar.NameShape;
import org.crosscheck.spi.Vocabulary;

/**
 * The English vocabulary core services use, from the word lists beside this class
 * ({@code org/crosscheck/english/internal/profile/*.tsv}): dates, page furniture, the mention grammar, the names
 * of made-up actors and detection words; background section headings come from the rules' {@code background.tsv}.
 * English puts demonyms before their noun, capitalises names, and writes the names the catalog lacks as runs of
 * capitalised words. Loaded once, on first use; thread-safe.
 */
public final class EnglishProfile {

  private EnglishProfile() {}

  private static final class Holder {
    static final LanguageProfile INSTANCE = load();
  }

  /** The profile, loaded on first use. */
  public static LanguageProfile get() {
    return Holder.INSTANCE;
  }

  private static LanguageProfile load() {
    Class<?> here = EnglishProfile.class;
    return LanguageProfile.builder(Language.ENGLISH)
        .script(Character.UnicodeScript.LATIN)
        .backgroundSections(Set.copyOf(EnglishLexicon.get().backgroundSections()))
        .dates(DateVocabulary.load(here, "dates.tsv"))
        .furniture(FurnitureVocabulary.load(here, "furniture.tsv"))
        .mentions(MentionGrammar.builder().words(here, "mentions.tsv")
            .demonymOrder(DemonymOrder.BEFORE_NOUN)
            .namesAfterTitles(NameShape.CAPITALISED)
            .adHocNames(true)
            .build())
        .actorNames(ActorNaming.load(here, "sectors.tsv", "actor-names.tsv"))
        .detectionWords(Vocabulary.words(here, "detection-words.tsv"))
        .build();
  }
}
