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
  void aTrailingSpeakersVerbLeavesTheHeadlineVerbToBeFound() {
    assertThat(misread("Chad/NNP scraps/NNS deal/NN ,/, minister/NN says/VBZ"))
        .contains(new HeadlineVerbs.Misread(1, "scrap"));
  }

  @Test
  void aLineWhoseFirstClauseHasAVerbIsLeftAlone() {
    assertThat(misread("Chad/NNP floods/NNS kill/VBP ten/CD")).isEmpty();
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

  @Test
  void headlineVerbReadAsANounIsAVerbWhenOnlyTheSecondClauseHasOne() {
    assertThat(misread("Tusk/NNP thanks/NNS Norway/NNP for/IN loans/NNS ,/, urges/VBZ more/JJR aid/NN"))
        .contains(new HeadlineVerbs.Misread(1, "thank"));
  }

  @Test
  void aFirstClauseWithAVerbBeforeTheCommaIsLeftAlone() {
    assertThat(misread("Chad/NNP scraps/VBZ deal/NN ,/, Libya/NNP protests/NNS")).isEmpty();
  }

  @Test
  void aCameoVerbReadAsAPluralNounIsAVerb() {
    assertThat(misread("Norway/NNP summons/NNS Iranian/JJ envoy/NN")).contains(new HeadlineVerbs.Misread(1, "summon"));
    assertThat(misread("Kyiv/NNP blasts/NNS Budapest/NNP over/IN veto/NN"))
        .contains(new HeadlineVerbs.Misread(1, "blast"));
  }

  @Test
  void aParticipleModifyingANounIsNoVerbOfTheFirstClause() {
    assertThat(misread("Norway/NNP summons/NNS envoy/NN over/IN detained/VBN reporter/NN"))
        .contains(new HeadlineVerbs.Misread(1, "summon"));
    assertThat(misread("Chad/NNP floods/NNS kill/VBP ten/CD")).isEmpty();
  }

  @Test
  void anInfinitiveHungOnTheMisreadVerbIsNoVerbOfTheFirstClause() {
    assertThat(misread("UN/NNP Court/NNP orders/NNS Myanmar/NNP to/TO halt/VB raids/NNS"))
        .contains(new HeadlineVerbs.Misread(2, "order"));
  }
}
