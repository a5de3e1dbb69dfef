package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineVerbsTest {

  private static java.util.Optional<HeadlineVerbs.Misread> misread(String tagged) {
    return HeadlineVerbs.misread(Readings.tagged(tagged), Readings.LEX);
  }

  @Test
  void headlineVerbReadAsAPluralNounAfterTheOpeningNameIsAVerb() {
    assertThat(misread("Chad/NNP scraps/NNS Libya/NNP border/NN deal/NN"))
        .contains(new HeadlineVerbs.Misread(1, "scrap"));
  }

  @Test
  void aLineWithAVerbIsLeftAlone() {
    assertThat(misread("Chad/NNP scraps/NNS deal/NN ,/, minister/NN says/VBZ")).isEmpty();
  }

  @Test
  void aPluralNounThatIsNoKnownVerbIsLeftAlone() {
    assertThat(misread("Chad/NNP floods/NNS toll/NN rises/NNS")).isEmpty();
  }

  @Test
  void aPluralNounBeforeAColonIsLeftAlone() {
    assertThat(misread("Gaza/NNP strikes/NNS :/: what/WP we/PRP know/VBP")).isEmpty();
    assertThat(misread("Gaza/NNP strikes/NNS :/: the/DT toll/NN")).isEmpty();
  }
}
