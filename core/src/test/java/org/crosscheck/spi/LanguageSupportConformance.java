package org.crosscheck.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Claim;
import org.crosscheck.ClaimExtractor;
import org.crosscheck.ExtractionException;
import org.crosscheck.ExtractionResult;
import org.crosscheck.Language;
import org.crosscheck.Stance;
import org.crosscheck.UnsupportedLanguageException;
import org.junit.jupiter.api.Test;

/**
 * The contract every language module meets, run by each module's integration tests: extend this class and
 * provide the language, a short article with one known claim, and a long sentence. Loads the module's models once
 * per test JVM (through the module's shared pipelines).
 */
public abstract class LanguageSupportConformance {

  /** The language under test. */
  protected abstract Language language();

  /** The module's artifact id. */
  protected abstract String artifactId();

  /** A short article in the language whose text holds a claim of {@link #referenceActor()} toward the target. */
  protected abstract String referenceText();

  /** The catalog id the reference claim's actor lifts to (its chain contains it). */
  protected abstract String referenceActor();

  /** The catalog id the reference claim's target lifts to. */
  protected abstract String referenceTarget();

  /** The stance of the reference claim. */
  protected abstract Stance referenceStance();

  /** A text in the language without any claim. */
  protected abstract String textWithoutClaims();

  /** One word or short phrase of the language, repeated to build pathological input. */
  protected abstract String filler();

  protected final ArticleParser parser = ArticleParser.create();

  protected Article article(String text) {
    Article a = parser.parse(text);
    assertThat(a.language()).as("detected language of the test text").isEqualTo(language());
    return a;
  }

  protected ClaimExtractor extractor() {
    return ClaimExtractor.builder().languages(language()).build();
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertThat(ClaimExtractor.availableLanguages()).contains(language());
    boolean found = false;
    for (LanguageSupport s : ServiceLoader.load(LanguageSupport.class)) {
      if (s.language().equals(language())) {
        found = true;
        assertThat(s.artifactId()).isEqualTo(artifactId());
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void extractsTheReferenceClaimWithExactEvidence() {
    Article a = article(referenceText());
    ExtractionResult r = extractor().extract(a);
    assertThat(r.article()).isEqualTo(a.id());
    assertThat(r.claims()).anySatisfy(c -> {
      assertThat(liftedIds(c.actor().id())).contains(referenceActor());
      assertThat(c.target()).isPresent();
      assertThat(liftedIds(c.target().get().id())).contains(referenceTarget());
      assertThat(c.stance()).isEqualTo(referenceStance());
    });
    for (Claim c : r.claims()) {
      assertThat(a.text().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
      assertThat(c.article()).isEqualTo(a.id());
      assertThat(c.language()).isEqualTo(language());
      assertThat(c.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(r.claims()).extracting(Claim::id).doesNotHaveDuplicates();
  }

  private static List<String> liftedIds(String id) {
    return org.crosscheck.ActorCatalog.defaultCatalog().chain(id.startsWith("anon:") ? id.substring(5) : id,
        java.util.Optional.empty());
  }

  @Test
  void findsNoClaimInTextWithoutOne() {
    ExtractionResult r = extractor().extract(article(textWithoutClaims()));
    assertThat(r.claims()).isEmpty();
    assertThat(r.sentences()).isPositive();
  }

  @Test
  void refusesArticlesInAnotherLanguage() {
    Article a = article(referenceText());
    Article french = new Article(a.id(), a.source(), a.title(), a.outlet(), a.published(), a.publishedTime(),
        Language.of("fr"), a.text(), a.paragraphs(), a.warnings());
    assertThatThrownBy(() -> extractor().extract(french)).isInstanceOfSatisfying(
        UnsupportedLanguageException.class, e -> {
          assertThat(e.language()).isEqualTo(Language.of("fr"));
          assertThat(e).hasMessageContaining("fr").hasMessageContaining(language().code());
        });
  }

  @Test
  void refusesAnArticleLongerThanTheLimit() {
    ClaimExtractor small = ClaimExtractor.builder().languages(language()).maxArticleChars(1000).build();
    StringBuilder text = new StringBuilder(referenceText());
    while (text.length() < 3000) {
      text.append('\n').append(referenceText());
    }
    assertThatThrownBy(() -> small.extract(article(text.toString()))).isInstanceOf(ExtractionException.class)
        .hasMessageContaining("1000");
  }

  @Test
  void givesTheSameClaimsFromManyThreads() throws Exception {
    Article a = article(referenceText() + "\n" + referenceText().replace('.', ';') + ".");
    ClaimExtractor x = extractor();
    List<Claim> expected = x.extract(a).claims();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Claim>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> x.extract(a).claims()));
      }
      for (Future<List<Claim>> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void boundsTheWorkOnAPathologicalSentence() {
    String sentence = (filler() + " ").repeat(3000) + referenceText();
    Article a = article(referenceText() + "\n" + sentence);
    // A guard against a hang, not a speed target: speed lives in the benchmarks.
    ExtractionResult r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor().extract(a));
    assertThat(r.sentencesSkipped()).isPositive();
    assertThat(r.warnings()).isNotEmpty();
  }
}
