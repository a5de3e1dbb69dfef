package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ClaimDraft;
import org.junit.jupiter.api.Test;

class SurnamesTest {

  private static List<ClaimDraft> after(String before, String id) {
    Readings.Reading r = Readings.in(before, id);
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts();
  }

  @Test
  void aSurnameIsThePersonTheArticleNamedInFullBefore() {
    assertThat(after("Niger's Foreign Minister Bakary Yaou Sangaré met his counterpart on Monday. ", "surname-later"))
        .singleElement().satisfies(d -> assertThat(d.holder().actor().name()).isEqualTo("Bakary Yaou Sangaré"));
  }

  @Test
  void aSurnameAfterACourtesyTitleIsTheFamilyNameOfATwoWordNameBefore() {
    assertThat(after("Taiwan's president Lai Ching-te flew home on Friday. ", "surname-titled")).singleElement()
        .satisfies(d -> assertThat(d.target().orElseThrow().actor().name()).startsWith("Lai Ching"));
  }

  @Test
  void aSurnameNoOneWasNamedInFullWithStaysAsItIs() {
    assertThat(after("Talks resumed in Niamey on Monday. ", "surname-later")).singleElement()
        .satisfies(d -> assertThat(d.holder().actor().name()).isEqualTo("Sangaré"));
  }
}
