package org.crosscheck.arabic.internal.profile;

import org.crosscheck.Language;
import org.crosscheck.spi.ActorNaming;
import org.crosscheck.spi.DateVocabulary;
import org.crosscheck.spi.FurnitureVocabulary;
import org.crosscheck.spi.LanguageProfile;
import org.crosscheck.spi.MentionGrammar;
import org.crosscheck.spi.MentionGrammar.DemonymOrder;
import org.crosscheck.spi.MentionGrammar.NameShape;

/**
 * The Arabic vocabulary core services use, from the word lists beside this class
 * ({@code org/crosscheck/arabic/internal/profile/*.tsv}): dates, page furniture, the mention grammar and the names
 * of made-up actors. Arabic puts the demonym after its noun ("الحكومة السورية"), has no capitals, and writes the
 * names the catalog lacks after a title as two words before a boundary. The language is told by its script, so the
 * profile has no detection words. Loaded once, on first use; thread-safe.
 */
public final class ArabicProfile {

  private ArabicProfile() {}

  private static final class Holder {
    static final LanguageProfile INSTANCE = load();
  }

  /** The profile, loaded on first use. */
  public static LanguageProfile get() {
    return Holder.INSTANCE;
  }

  private static LanguageProfile load() {
    Class<?> here = ArabicProfile.class;
    return LanguageProfile.builder(Language.ARABIC)
        .script(Character.UnicodeScript.ARABIC)
        .dates(DateVocabulary.load(here, "dates.tsv"))
        .furniture(FurnitureVocabulary.load(here, "furniture.tsv"))
        .mentions(MentionGrammar.builder().words(here, "mentions.tsv")
            .demonymOrder(DemonymOrder.AFTER_NOUN)
            .namesAfterTitles(NameShape.TWO_WORDS)
            .build())
        .actorNames(ActorNaming.load(here, "sectors.tsv", "actor-names.tsv"))
        .build();
  }
}
