package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class ParagraphAgenciesTest {

  @Test
  void outletCitedEarlierInTheParagraphCarriesTheSentence() {
    Readings.Reading r = Readings.in("According to Reuters, talks went on. ", "will-support");
    assertThat(ParagraphAgencies.of(r.ctx(), Readings.LEX)).extracting(a -> a.actor().id())
        .containsExactly("reuters");
  }

  @Test
  void outletFollowedByAReportingVerbIsCited() {
    Readings.Reading r = Readings.of("media-subject");
    assertThat(ParagraphAgencies.of(r.ctx(), Readings.LEX)).extracting(a -> a.actor().id())
        .containsExactly("ria-novosti");
  }

  @Test
  void outletMerelyMentionedIsNotCited() {
    Readings.Reading r = Readings.in("Reuters has an office in Cairo. ", "will-support");
    assertThat(ParagraphAgencies.of(r.ctx(), Readings.LEX)).isEmpty();
  }

  @Test
  void paragraphAgenciesReachTheDraft() {
    Readings.Reading r = Readings.in("According to Reuters, talks went on. ", "will-support");
    new ClaimReader(Readings.LEX).read(r.ctx());
    assertThat(r.drafts()).singleElement().satisfies(d -> assertThat(d.agencies()).extracting(ActorSpan::text)
        .containsExactly("Reuters"));
  }
}
