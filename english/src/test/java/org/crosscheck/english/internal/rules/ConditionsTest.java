package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.junit.jupiter.api.Test;

class ConditionsTest {

  private static List<String> targets(String id, String verb) {
    Readings.Reading r = Readings.of(id);
    List<ActorSpan> holders = Holders.of(r.graph(), r.node(verb), false, null);
    return Conditions.targets(r.graph(), r.node(verb), holders).stream().map(ActorSpan::text).toList();
  }

  @Test
  void aThreatIsAimedAtWhoeverItsUnlessClauseNames() {
    assertThat(targets("threat-unless", "threatened")).containsExactly("Israel");
    assertThat(Readings.drafts("threat-unless")).anySatisfy(d -> {
      assertThat(d.cue()).isEqualTo("threatened");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Israel");
    });
  }

  @Test
  void aThreatIsAimedAtWhoeverItsIfClauseNames() {
    assertThat(targets("threat-if", "threatened")).containsExactly("United States");
  }

  @Test
  void aVerbThatIsNoThreatTakesNoTargetFromACondition() {
    Readings.Reading r = Readings.of("threat-unless");
    assertThat(Conditions.targets(r.graph(), r.node("resume"), List.of())).isEmpty();
  }

  @Test
  void whomAPassiveConditionFreesIsNotThreatened() {
    assertThat(targets("threat-unless-freed", "threatened")).isEmpty();
    assertThat(Readings.claimIds("threat-unless-freed")).noneMatch(c -> c.endsWith("imran-khan"));
    assertThat(targets("threat-unless-withdraws", "threatened")).containsExactly("Pakistan");
  }
}
