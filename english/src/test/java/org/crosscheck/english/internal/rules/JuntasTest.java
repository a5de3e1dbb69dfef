package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.Discourse;
import org.junit.jupiter.api.Test;

class JuntasTest {

  private static Discourse afterMalisJunta() {
    Discourse d = new Discourse();
    d.set(Juntas.LAST, ActorRef.of(Readings.CATALOG.actor("MLIGOV").orElseThrow(), "Mali's junta"));
    return d;
  }

  @Test
  void aJuntaNamedWithItsStateIsRememberedAsThatGovernment() {
    Discourse d = new Discourse();
    Readings.drafts("malian-junta-expelled", d);
    assertThat(d.get(Juntas.LAST)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("MLIGOV"));
  }

  @Test
  void martialLawDeclaredByTheJuntaOfANamedStateIsThatGovernmentsCoerciveAct() {
    assertThat(Readings.drafts("junta-martial-law", afterMalisJunta())).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("MLIGOV");
      assertThat(x.target()).isEmpty();
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void criticismOfTheJuntaOfANamedStateIsOppositionToThatGovernment() {
    assertThat(Readings.drafts("junta-criticised", afterMalisJunta())).singleElement().satisfies(x -> {
      assertThat(x.holder().actor().id()).isEqualTo("SEN");
      assertThat(x.target()).hasValueSatisfying(t -> assertThat(t.actor().id()).isEqualTo("MLIGOV"));
      assertThat(x.stance()).isEqualTo(Stance.OPPOSE);
    });
  }

  @Test
  void theJuntaOfNoNamedStateIsNobodyNotTheLastHolder() {
    Discourse d = new Discourse();
    d.noteHolder(ActorRef.of(Readings.CATALOG.actor("GHA").orElseThrow(), "Ghana"));
    assertThat(Readings.drafts("junta-martial-law", d)).isEmpty();
    assertThat(Readings.drafts("junta-criticised", d)).allSatisfy(x -> assertThat(x.target()).isEmpty());
  }
}
