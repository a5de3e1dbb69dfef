package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextSensesTest {

  private static List<String> targetsAfter(String before) {
    Readings.Reading r = Readings.in(before, "sense-icc");
    new ClaimReader(Readings.LEX).read(r.ctx());
    return r.drafts().stream().map(d -> d.target().map(t -> t.actor().name()).orElse("-")).toList();
  }

  @Test
  void theIccOfAnArticleAboutCricketIsTheCricketCouncil() {
    assertThat(targetsAfter("The cricket tour was cut short. ")).containsExactly("International Cricket Council");
  }

  @Test
  void theIccOfAnyOtherArticleIsTheCourt() {
    assertThat(targetsAfter("The tour was cut short. ")).containsExactly("International Criminal Court");
  }
}
