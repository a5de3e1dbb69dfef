package org.crosscheck.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.Language;
import org.crosscheck.ParseOptions;
import org.junit.jupiter.api.Test;

/**
 * Words that are not sentences make (almost) no claims: a megabyte of the Arabic words of the bundled samples,
 * shuffled into sentences of twelve words and paragraphs of sixty, through the real pipeline. Before the prose guard
 * such text gave about 340 claims a megabyte; with the guards on single sentences (a preposition before a verb, a
 * particle before a noun …) 30–37, since half the sentences of shuffled words break no rule by chance; with the
 * guard on a sentence's neighbourhood, none (seeds 3, 5, 7, 14 and 21, and text without full stops or in short
 * lines). "A handful" is the bound.
 */
class ShuffledArabicWordsIT {

  /** How much shuffled text is read: a megabyte. */
  private static final int CHARS = 1024 * 1024;
  /** A handful. */
  private static final int MOST_CLAIMS = 5;

  @Test
  void shuffledArabicWordsYieldAlmostNoClaims() {
    List<String> words = new ArrayList<>();
    for (Article a : Inputs.samples().stream().map(in -> Batch.parse(ArticleParser.create(), in)).toList()) {
      if (a.language().equals(Language.ARABIC)) {
        for (String w : a.text().split("\\s+")) {
          if (w.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
            words.add(w);
          }
        }
      }
    }
    assertThat(words).hasSizeGreaterThan(500);
    Random random = new Random(14);
    StringBuilder text = new StringBuilder();
    for (int n = 1; text.length() < CHARS; n++) {
      text.append(words.get(random.nextInt(words.size()))).append(n % 60 == 0 ? ".\n\n" : n % 12 == 0 ? ". " : " ");
    }
    Article parsed = ArticleParser.create(ParseOptions.builder().maxChars(4 * CHARS).build()).parse(text.toString());
    Article article = new Article("shuffled", "shuffled", parsed.title(), Optional.empty(), parsed.published(),
        parsed.publishedTime(), Language.ARABIC, parsed.text(), parsed.paragraphs(), parsed.warnings());
    List<Claim> claims = ClaimExtractor.builder().languages(Language.ARABIC).maxArticleChars(2 * CHARS).build()
        .extract(article).claims();
    assertThat(claims).as("claims from %s characters of shuffled words", text.length())
        .hasSizeLessThanOrEqualTo(MOST_CLAIMS);
  }
}
