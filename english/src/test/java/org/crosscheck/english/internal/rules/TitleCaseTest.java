package org.crosscheck.english.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.Token;
import org.junit.jupiter.api.Test;

class TitleCaseTest {

  private static final EnglishLexicon LEX = EnglishLexicon.get();

  private static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : s.split(" ")) {
      out.add(new Token(out.size(), w, w.toLowerCase(), "NNP", at, at + w.length()));
      at += w.length() + 1;
    }
    return out;
  }

  @Test
  void aHeadlineWithMostWordsCapitalisedIsInTitleCase() {
    assertThat(TitleCase.applies(tokens("Britain Imposes New Sanctions on Iran"))).isTrue();
    assertThat(TitleCase.applies(tokens("Britain imposed new sanctions on Iran"))).isFalse();
  }

  @Test
  void aSentenceOfTitlesAndNamesWithItsVerbInLowerCaseIsNoTitle() {
    List<Token> toks = tokens("Senator Jane Doe attacked Acme Corp");
    toks.set(3, new Token(3, "attacked", "attack", "VBD", toks.get(3).begin(), toks.get(3).end()));
    assertThat(TitleCase.applies(toks)).isFalse();
    toks.set(3, new Token(3, "Attacks", "attack", "VBZ", toks.get(3).begin(), toks.get(3).begin() + 7));
    assertThat(TitleCase.applies(toks)).isTrue();
  }

  @Test
  void functionWordsAndInflectedStanceWordsAreLowered() {
    assertThat(TitleCase.lowered("Imposes", LEX)).isEqualTo("imposes");
    assertThat(TitleCase.lowered("Sanctions", LEX)).isEqualTo("sanctions");
    assertThat(TitleCase.lowered("Praised", LEX)).isEqualTo("praised");
    assertThat(TitleCase.lowered("Fighting", LEX)).isEqualTo("fighting");
    assertThat(TitleCase.lowered("Over", LEX)).isEqualTo("over");
  }

  @Test
  void namesAndAcronymsKeepTheirCapitals() {
    assertThat(TitleCase.lowered("Britain", LEX)).isEqualTo("Britain");
    assertThat(TitleCase.lowered("Iran", LEX)).isEqualTo("Iran");
    assertThat(TitleCase.lowered("US", LEX)).isEqualTo("US");
    assertThat(TitleCase.lowered("UN", LEX)).isEqualTo("UN");
  }

  @Test
  void aRunOfCapitalisedWordsInATitleIsNoNameThatHidesACue() {
    Readings.Reading r = Readings.of("title-pledges");
    assertThat(r.graph().mentionAt(1)).isNull();
    assertThat(Readings.drafts("title-pledges")).anySatisfy(d -> {
      assertThat(d.holder().text()).isEqualTo("Germany");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Ukraine");
    });
  }

  @Test
  void anAtPhraseHungOnTheParticleOfAVerbOfAimingIsItsTarget() {
    assertThat(Readings.drafts("title-hits-back")).singleElement().satisfies(d -> {
      assertThat(d.holder().text()).isEqualTo("EU");
      assertThat(d.target().orElseThrow().text()).isEqualTo("Beijing");
    });
  }

  @Test
  void anAccusedInAHeadlinePassiveIsNoAccuser() {
    assertThat(Readings.drafts("title-accused")).noneMatch(d -> d.holder().text().equals("Hezbollah"));
  }

  @Test
  void theDemonymOfAMediationIsNoFallbackTargetOfTheAgreement() {
    assertThat(Readings.drafts("title-mediation")).isNotEmpty()
        .noneMatch(d -> d.target().map(t -> t.actor().id().equals("RUS")).orElse(false));
  }

  @Test
  void anActorTheParserHangsLooselyIsNoFallbackTarget() {
    assertThat(Readings.drafts("title-dep")).noneMatch(d -> d.target().map(t -> t.text().equals("Baghdad"))
        .orElse(false));
  }
}
