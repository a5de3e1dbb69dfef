package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class TitleReferencesTest {

  /** The claims of the last of {@code ids}, read in one article as the driver reads. */
  private static List<String> readAfter(String... ids) {
    return Readings.claims(Readings.inOrder(new Discourse(), ids));
  }

  @Test
  void theTitleAloneIsThePersonNamedEarlierWithIt() {
    assertThat(readAfter("title-intro-compound", "title-later-minister-praised"))
        .containsOnly("Grace Atim SUPPORT police");
    assertThat(readAfter("title-intro-appos", "title-later-minister-praised"))
        .containsOnly("Grace Atim SUPPORT police");
  }

  @Test
  void theTitleAloneSpeaksAQuoteAsThatPerson() {
    assertThat(readAfter("title-intro-compound", "title-later-minister-said")).contains("Grace Atim OPPOSE Kenya");
  }

  @Test
  void aTitleWithNoOneNamedByItBeforeIsNobody() {
    assertThat(readAfter("title-later-minister-praised")).isEmpty();
  }

  @Test
  void aTitleWithWordsTheEarlierOneLackedIsNobody() {
    assertThat(readAfter("title-intro-compound", "title-later-finance-minister")).isEmpty();
  }

  @Test
  void aTitleTwoPeopleWereNamedWithIsNeither() {
    assertThat(readAfter("title-intro-two-ministers", "title-later-minister-praised")).isEmpty();
    assertThat(readAfter("title-intro-two-ministers", "title-later-finance-minister"))
        .containsOnly("Peter Odongo SUPPORT police");
  }

  @Test
  void aTitleOwnedByAnotherWordIsNotTheTitledPerson() {
    assertThat(readAfter("title-intro-compound", "title-later-ministers-spokesman")).isEmpty();
  }

  @Test
  void aTitleNamedBeforeTheNameBetweenCommasIsNotedToo() {
    assertThat(readAfter("title-intro-before-comma", "title-later-chairman")).containsOnly("Samuel Opio OPPOSE Kenya");
  }

  @Test
  void aTitleHeldNoMoreIsNotTheOneAPlainReferenceMeans() {
    assertThat(readAfter("title-intro-former", "title-later-prime-minister")).isEmpty();
  }

  @Test
  void anIndefiniteTitleIsNoTitleALaterReferenceTakes() {
    assertThat(readAfter("title-intro-indefinite", "title-later-minister-praised")).isEmpty();
  }

  @Test
  void theHeadNounOfABodysNameAloneIsThatBody() {
    assertThat(readAfter("body-intro-court", "body-later-court-praised"))
        .containsOnly("Peter Banda SUPPORT Malawi's Constitutional Court");
    assertThat(readAfter("body-intro-two-courts", "body-later-court-praised")).isEmpty();
  }
}
