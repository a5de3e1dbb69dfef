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
 * the segmented, tagged tokens: speech markers (قال، أكد، أضاف، نقل … عن، بحسب) open the voice of a clause;
 * stance cues (دعم، مساعدة، اتصال، رفض، إدانة …) are read with the actor and target around them (لدى، من، لـ،
 * مع), negation (لا، لم، لن، عدم، a negated noun of plan or intention), hedges (قد + imperfect، من الممكن),
 * conditions (إذا، في حال) and future (سـ، سوف، تعتزم). Actors come from the catalog, matched on the text so that
 * clitics (وروسيا، للأسد) never hide one. A clause that looks back (a past year, "منذ") yields a claim only when a
 * named voice reports it; headings yield none. Sentences are bounded: one longer than
 * {@link ExtractorSettings#maxSentenceTokens()} tokens is read in pieces cut at clause markers (، و), and only a
 * stretch with no marker to cut at is skipped and counted. An article tagged Arabic whose text is mostly in
 * another script is refused with an {@link ExtractionException}.
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
