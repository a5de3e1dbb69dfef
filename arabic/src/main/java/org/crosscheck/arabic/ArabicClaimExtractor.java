package org.crosscheck.arabic;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.crosscheck.Article;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.arabic.internal.ArabicArticleReader;
import org.crosscheck.arabic.internal.ArabicPipelines;
import org.crosscheck.spi.ExtractorSettings;
import org.crosscheck.spi.TextForms;

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

  private final ExtractorSettings settings;

  /** An extractor with the given catalog and limits. */
  public ArabicClaimExtractor(ExtractorSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  /** An extractor with the default catalog and limits. */
  public ArabicClaimExtractor() {
    this(ExtractorSettings.defaults());
  }

  @Override
  public ExtractionResult extract(Article article) {
    requireNonNull(article, "article");
    settings.admit(article, Language.ARABIC);
    int arabic = 0;
    int latin = 0;
    String t = article.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (TextForms.isArabicLetter(c)) {
        arabic++;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    if (latin > arabic) {
      throw new ExtractionException("article " + article.id() + " is marked Arabic but its text is mostly in "
          + "another script (" + latin + " other letters, " + arabic + " Arabic): not read as Arabic");
    }
    return new ArabicArticleReader(ArabicPipelines.get(), settings, article).read();
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
