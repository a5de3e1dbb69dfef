package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class ForumsTest {

  @Test
  void aComplaintLodgedWithAForumIsAgainstWhomItsAgainstPhraseNames() {
    Readings.Reading r = Readings.of("forum-complaint");
    List<ActorSpan> holders = Holders.of(r.graph(), r.node("file"), false, null);
    assertThat(Forums.lodges(r.graph(), r.node("file"))).isTrue();
    assertThat(Targets.of(r.graph(), r.node("file"), false, null, holders)).extracting(ActorSpan::text)
        .containsExactly("Poland");
  }

  @Test
  void aVerbThatLodgesNothingIsNoForumVerb() {
    Readings.Reading r = Readings.of("forum-complaint");
    assertThat(Forums.lodges(r.graph(), r.node("said"))).isFalse();
  }

  @Test
  void aCourtAppliedToForAnOrderIsWhereNotAgainstWhom() {
    assertThat(Readings.claims("forum-apply")).containsExactly("Shell OPPOSE Greenpeace");
  }
}
