package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class UntaggedSurnamesTest {

  private static List<ClaimDraft> after(String before, String id) {
    Readings.Reading r = Readings.in(before, id);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  @Test
  void anUntaggedSurnameIsThePersonNamedInFullBefore() {
    assertThat(after("Slovakia's Prime Minister Robert Fico spoke on Sunday. ", "untagged-surname")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().name()).isEqualTo("Robert Fico"));
  }

  @Test
  void anUntaggedSurnameNobodyWasNamedInFullWithIsNobody() {
    assertThat(after("Talks resumed in Bratislava on Sunday. ", "untagged-surname"))
        .noneMatch(d -> d.target().isPresent());
  }

  @Test
  void aSurnameThatStartsALongerNameIsNotThePerson() {
    Readings.Reading r = Readings.in("Slovakia's Prime Minister Robert Fico spoke on Sunday. ", "untagged-surname-street");
    UntaggedSurnames.add(r.graph());
    assertThat(java.util.Optional.ofNullable(r.graph().mentionAt(3)).map(m -> m.actor().name())).isNotEqualTo(
        java.util.Optional.of("Robert Fico"));
    Readings.Reading alone = Readings.in("Slovakia's Prime Minister Robert Fico spoke on Sunday. ", "untagged-surname");
    UntaggedSurnames.add(alone.graph());
    assertThat(alone.graph().mentionAt(3).actor().name()).isEqualTo("Robert Fico");
  }

  @Test
  void twoPeopleWithTheSurnameMakeItNobodys() {
    assertThat(after("Anna Fico, a lawmaker, and Prime Minister Robert Fico spoke on Sunday. ", "untagged-surname"))
        .noneMatch(d -> d.target().isPresent());
  }
}
