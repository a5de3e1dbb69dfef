package org.crosscheck.arabic;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.arabic.internal.ArabicPipelines;
import org.crosscheck.spi.ExtractorSettings;

/**
 * Extracts claims from Arabic articles on CoreNLP's Arabic segmenter and POS tagger, with the same {@code Claim}
 * contract as the English extractor.
 *
 * <p>CoreNLP has no Arabic NER or dependency parser, and its constituency parsers are either too slow for news
 * (the factored parser) or add little for these rules (the shift-reduce one), so claims are read by rules over
 * the segmented, tagged tokens: speech markers (قال، أكد، أضاف، نقل … عن … قوله، بحسب) open the voice of a
 * clause; stance cues (دعم، إنقاذ، مساعدة، اتصال، رفض، إدانة …) are read with the actor and target around them
 * (لدى روسيا، من روسيا، لـ، مع), negation (لا، لم، لن، عدم، "لا خطة لـ"), hedges (قد + imperfect، من الممكن),
 * conditions (إذا لزم الأمر، في حال) and future (سـ، سوف، تعتزم). Actors come from the catalog, matched on the
 * text so that clitics (وروسيا، للأسد) never hide one. Sentences are bounded: one longer than
 * {@link ExtractorSettings#maxSentenceTokens()} tokens is split at clause markers (، و) into pieces and only
 * counted as skipped if a piece is still too long.
 *
 * <p>Thread-safe: the CoreNLP pipeline is built once per JVM on first use and shared by all instances.
 */
public final class ArabicClaimExtractor implements ClaimExtractor {

  private final ClaimExtractor driver;

  /** An extractor with the given catalog and limits. */
  public ArabicClaimExtractor(ExtractorSettings settings) {
    this.driver = new ArabicLanguageSupport().createExtractor(requireNonNull(settings, "settings"));
  }

  /** An extractor with the default catalog and limits. */
  public ArabicClaimExtractor() {
    this(ExtractorSettings.defaults());
  }

  /**
   * {@inheritDoc}
   *
   * @throws ExtractionException also when the article is tagged Arabic but its text is mostly in another script
   */
  @Override
  public ExtractionResult extract(Article article) {
    return driver.extract(requireNonNull(article, "article"));
  }

  @Override
  public Set<Language> languages() {
    return Set.of(Language.ARABIC);
  }

  /** Loads the CoreNLP Arabic models now rather than on the first article. */
  public static void warmUp() {
    ArabicPipelines.get();
  }
}
