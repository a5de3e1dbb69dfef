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
 * Words that are not sentences make (almost) no claims: the Arabic words of the bundled samples, shuffled into
 * sentences of twelve words, through the real pipeline. Before the prose guard, such text gave about 340 claims a
 * megabyte, and about 100 before the guards against words that stand in no grammatical relation (a subject that
 * opens no clause, a noun after another verb, a neutral verb with nothing it watches …); a whole megabyte now gives
 * 30–34 (seeds 21 and 14), and the 128 KiB read here 1 (12 before those guards). The bound holds it to 32 a megabyte.
 */
class ShuffledArabicWordsIT {

  /** How much shuffled text is read (a megabyte takes minutes on the CI machine). */
  private static final int CHARS = 128 * 1024;
  /** At most one claim per this many characters. */
  private static final int CHARS_PER_CLAIM = 32 * 1024;

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
    List<Claim> claims = ClaimExtractor.builder().languages(Language.ARABIC).build().extract(article).claims();
    assertThat(claims).as("claims from %s characters of shuffled words", text.length())
        .hasSizeLessThanOrEqualTo(CHARS / CHARS_PER_CLAIM);
  }
}
