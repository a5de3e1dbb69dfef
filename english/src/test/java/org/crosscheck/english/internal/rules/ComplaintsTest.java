package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class ComplaintsTest {

  private static List<String> targets(String id, String verb) {
    Readings.Reading r = Readings.of(id);
    List<ActorSpan> holders = Holders.of(r.graph(), r.node(verb), false, null);
    return Complaints.targets(r.graph(), r.node(verb), holders).stream().map(ActorSpan::text).toList();
  }

  @Test
  void aComplaintIsAboutTheSubjectOfTheClauseComplainedOf() {
    assertThat(targets("complaint-clause", "complained")).containsExactly("Turkey");
  }

  @Test
  void aComplaintAfterItsClauseIsAboutThatClausesSubject() {
    assertThat(targets("complaint-after", "protested")).containsExactly("Greek authorities");
  }

  @Test
  void aComplaintTheParserHangsOnAWordOfItsClauseIsAboutThatClausesSubject() {
    assertThat(targets("complaint-after-dep", "protested")).containsExactly("Greek authorities");
  }

  @Test
  void aComplaintAboutTheHoldersOwnPeopleHasNoTarget() {
    assertThat(targets("reported-passive", "protested")).isEmpty();
  }

  @Test
  void aVerbThatIsNoComplaintTakesNoTargetFromAClause() {
    assertThat(Complaints.targets(Readings.of("complaint-clause").graph(), Readings.of("complaint-clause")
        .node("rigged"), List.of())).isEmpty();
  }

  @Test
  void whomAComplaintIsMadeToIsNoTargetWhatItIsAboutIs() {
    assertThat(Readings.drafts("complaint-addressee")).isNotEmpty()
        .noneMatch(d -> d.target().map(t -> t.text().equals("African Union")).orElse(false))
        .anySatisfy(d -> {
          assertThat(d.holder().text()).isEqualTo("Ghana");
          assertThat(d.target().orElseThrow().actor().id()).isEqualTo("NGA");
        });
  }

  @Test
  void aProtestOverAnotherStatesBlockadeIsAgainstThatState() {
    assertThat(Readings.drafts("protest-addressee")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("Cuba");
      assertThat(d.target().orElseThrow().actor().id()).isEqualTo("USA");
    });
  }

  @Test
  void anAccusationNamingNoOneAccusedIsAboutTheSubjectOfTheClauseBeforeIt() {
    assertThat(targets("alleging-charged", "charged")).containsExactly("Iraqi security forces");
    assertThat(Readings.drafts("alleging-charged")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Amnesty International");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Iraqi security forces");
    });
  }

  @Test
  void anAccusationWithItsAccusedIsNoAllegation() {
    Readings.Reading r = Readings.of("alleging-object");
    assertThat(Complaints.alleging(r.graph(), r.node("charged"))).isFalse();
    assertThat(Complaints.alleging(Readings.of("alleging-charged").graph(),
        Readings.of("alleging-charged").node("charged"))).isTrue();
  }

  private static String claims(String id) {
    return String.join("; ", Readings.claims(id));
  }

  @Test
  void aComplaintTheParserReadsAsAnAdverbOfItsClauseIsAboutThatClausesSubject() {
    assertThat(targets("protested-advmod-tuesday", "protested")).containsExactly("Croatian police");
    assertThat(claims("protested-advmod-tuesday")).contains("rights group OPPOSE Croatian police");
  }

  @Test
  void plainSpeechReadAsAnAdverbOfItsClauseIsNoComplaint() {
    assertThat(targets("failing-shelter-group-said", "said")).isEmpty();
  }
}
