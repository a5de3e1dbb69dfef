package org.crosscheck.english;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.english.internal.EnglishPipelines;
import org.crosscheck.spi.ExtractorSettings;

/**
 * Extracts claims from English articles on Stanford CoreNLP: who says or does what about whom, with which stance,
 * on whose word.
 *
 * <p>Every sentence is tokenised, tagged and lemmatised; only sentences that can hold a claim (a stance or speech
 * cue and an actor) are run through NER and the dependency parser, and only when they are at most
 * {@link ExtractorSettings#maxSentenceTokens()} tokens long (longer ones are counted in
 * {@link ExtractionResult#sentencesSkipped()}). Claims come from reported speech (said, stated, announced …,
 * "according to", "X quoted Y as saying", direct quotes), stance predicates (backs, supports, condemns, accuses …)
 * and stance nouns ("Egypt's firm backing for the ceasefire plan"), with negation, modality, attribution
 * and date. Sentences of background and analysis (a past year or "historically" in the clause, a section headed
 * "Background" or "Analysis", an analyst as the voice) yield no claim unless someone is quoted.
 *
 * <p>Thread-safe: the CoreNLP pipelines are built once per JVM on first use and shared by all instances.
 */
public final class EnglishClaimExtractor implements ClaimExtractor {

  private final ClaimExtractor driver;

  /** An extractor with the given catalog and limits. */
  public EnglishClaimExtractor(ExtractorSettings settings) {
    this.driver = new EnglishLanguageSupport().createExtractor(requireNonNull(settings, "settings"));
  }

  /** An extractor with the default catalog and limits. */
  public EnglishClaimExtractor() {
    this(ExtractorSettings.defaults());
  }

  @Override
  public ExtractionResult extract(Article article) {
    return driver.extract(requireNonNull(article, "article"));
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.ENGLISH);
  }

  /** Loads the CoreNLP models now rather than on the first article (for servers that warm up). */
  public static void warmUp() {
    EnglishPipelines.get();
  }
}
