package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorIdTest {

  @Test
  void readsTheThreeKindsOfIds() {
    assertThat(ActorId.parse("RUS")).isEqualTo(new ActorId.Catalogued("RUS"));
    assertThat(ActorId.parse("adhoc:person:jane-roe")).isEqualTo(new ActorId.AdHoc(ActorKind.PERSON, "jane-roe"));
    assertThat(ActorId.parse("anon:RUSGOV")).isEqualTo(new ActorId.Anonymous(Optional.of("RUSGOV")));
    assertThat(ActorId.parse("anon:unaffiliated")).isEqualTo(new ActorId.Anonymous(Optional.empty()));
  }

  @Test
  void writesTheSameStringItReads() {
    for (String id : new String[] {"RUS", "adhoc:organisation:blue-crescent", "anon:RUSGOV", "anon:unaffiliated"}) {
      assertThat(ActorId.parse(id).value()).isEqualTo(id);
    }
  }

  @Test
  void adHocIdSlugsTheName() {
    assertThat(ActorId.AdHoc.of(ActorKind.PERSON, " Jane  Roe, Jr. ").value()).isEqualTo("adhoc:person:jane-roe-jr-");
  }

  @Test
  void refusesAMalformedAdHocId() {
    assertThatThrownBy(() -> ActorId.parse("adhoc:nobody")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ActorId.parse("adhoc:martian:x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorsAndReferencesExposeTheTypedId() {
    Actor a = ActorCatalog.defaultCatalog().adHoc("Jane Roe", ActorKind.PERSON);
    assertThat(a.typedId()).isInstanceOf(ActorId.AdHoc.class);
    assertThat(a.isAdHoc()).isTrue();
    assertThat(ActorRef.of(a, "Roe").typedId()).isEqualTo(a.typedId());
  }
}
