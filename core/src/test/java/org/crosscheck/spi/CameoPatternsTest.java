package org.crosscheck.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CameoPatternsTest {

  private static final Function<String, Optional<String>> CAPITALS =
      t -> t.matches("[A-Z_]+") ? Optional.of(t.replace("_", "").toLowerCase(Locale.ROOT)) : Optional.empty();

  @Test
  void literalWordsAfterTheVerbReadTheLanguagesWay() {
    assertThat(CameoPatterns.expand("* (OF {ETHNIC_ CLEANSING})", Map.of(), CAPITALS))
        .containsExactly("of ethnic cleansing");
  }

  @Test
  void aSynonymSetExpandsToEachMember() {
    assertThat(CameoPatterns.expand("* &AID_", Map.of("AID", List.of("aid", "relief")), CAPITALS))
        .containsExactly("aid", "relief");
  }

  @Test
  void patternsThatPlaceSourceOrTargetOrCannotBeReadGiveNothing() {
    assertThat(CameoPatterns.expand("* $ WITH +", Map.of(), CAPITALS)).isEmpty();
    assertThat(CameoPatterns.expand("TO * AID", Map.of(), CAPITALS)).isEmpty();
    assertThat(CameoPatterns.expand("* &UNKNOWN", Map.of(), CAPITALS)).isEmpty();
    assertThat(CameoPatterns.expand("* aid", Map.of(), CAPITALS)).isEmpty();
  }

  @Test
  void tooManyExpansionsGiveNothing() {
    List<String> nine = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    assertThat(CameoPatterns.expand("* &X &X", Map.of("X", nine), CAPITALS)).isEmpty();
    assertThat(CameoPatterns.expand("* &X &Y", Map.of("X", nine, "Y", List.of("z")), CAPITALS)).hasSize(9);
  }
}
