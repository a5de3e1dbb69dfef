package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Core alone has no language module on its test class path: the messages must say what to add. */
class LanguageRegistryTest {

  @Test
  void namesTheArtifactToAddWhenALanguageModuleIsMissing() {
    assertThat(ClaimExtractor.availableLanguages()).isEmpty();
    assertThatThrownBy(() -> ClaimExtractor.builder().languages(Language.ARABIC).build())
        .isInstanceOfSatisfying(UnsupportedLanguageException.class, e -> {
          assertThat(e.language()).isEqualTo(Language.ARABIC);
          assertThat(e).hasMessageContaining("org.crosscheck:crosscheck-arabic")
              .hasMessageContaining("no language module is on the class path");
        });
  }

  @Test
  void refusesAnArticleInALanguageWithoutAModule() {
    Article a = ArticleParser.create().parse("Russia backs Assad\nThe Kremlin said on Monday that Russia would "
        + "continue to back the Syrian president.");
    assertThatThrownBy(() -> ClaimExtractor.create().extract(a)).isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageContaining("crosscheck-english");
  }

  @Test
  void saysWhenCrosscheckHasNoModuleForALanguage() {
    assertThatThrownBy(() -> ClaimExtractor.builder().languages(Language.of("fr")).build())
        .hasMessageContaining("Crosscheck has no module for this language");
  }

  @Test
  void checksBuilderArgumentsNamingTheParameter() {
    assertThatThrownBy(() -> ClaimExtractor.builder().maxSentenceTokens(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSentenceTokens");
    assertThatThrownBy(() -> ClaimExtractor.builder().catalog(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("catalog");
    assertThatThrownBy(() -> Language.of("english!")).isInstanceOf(IllegalArgumentException.class);
  }
}
