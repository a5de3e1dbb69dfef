package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String s) {
    List<CoreLabel> out = new ArrayList<>();
    for (String pair : s.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(pair.substring(0, slash));
      t.setValue(t.word());
      t.setTag(pair.substring(slash + 1));
      t.setIndex(out.size() + 1);
      out.add(t);
    }
    return out;
  }

  @Test
  void theMarksOfAQuoteInsideAClauseAreLeftOutOfTheParse() {
    List<CoreLabel> t =
        tagged("Chile/NNP said/VBD it/PRP \u201c/`` firmly/RB rejects/VBZ \u201d/'' the/DT plan/NN ./.");
    assertThat(QuoteMarks.kept(t)).containsExactly(0, 1, 2, 4, 5, 7, 8, 9);
    assertThat(QuoteMarks.attach(t, QuoteMarks.kept(t), 3)).isEqualTo(4);
    assertThat(QuoteMarks.attach(t, QuoteMarks.kept(t), 6)).isEqualTo(5);
  }

  @Test
  void aQuoteThatOpensTheSentenceOrFollowsPunctuationKeepsItsMarks() {
    List<CoreLabel> t = tagged("\u201c/`` We/PRP will/MD not/RB yield/VB ,/, \u201d/'' she/PRP said/VBD ./.");
    assertThat(QuoteMarks.kept(t)).hasSize(t.size());
    List<CoreLabel> colon = tagged("Peru/NNP said/VBD :/: \u201c/`` No/DT ./. \u201d/''");
    assertThat(QuoteMarks.kept(colon)).hasSize(colon.size());
  }

  @Test
  void aClosingMarkAtTheStartHangsOnTheWordAfterIt() {
    List<CoreLabel> t = tagged("\u201d/'' Togo/NNP left/VBD ./.");
    assertThat(QuoteMarks.attach(t, new int[] {1, 2, 3}, 0)).isEqualTo(1);
  }

  @Test
  void aQuoteAConjunctionFollowsKeepsItsMarks() {
    List<CoreLabel> t = tagged("Mali/NNP said/VBD it/PRP was/VBD \u201c/`` wrong/JJ \u201d/'' and/CC left/VBD ./.");
    assertThat(QuoteMarks.kept(t)).hasSize(t.size());
    List<CoreLabel> unclosed = tagged("Mali/NNP said/VBD \u201c/`` wrong/JJ ./.");
    assertThat(QuoteMarks.kept(unclosed)).hasSize(unclosed.size());
  }

  @Test
  void aStraightMarkTaggedAsOpeningClosesAQuoteThatIsOpen() {
    List<CoreLabel> t = tagged("Laos/NNP said/VBD it/PRP \"/`` rejects/VBZ \"/`` the/DT plan/NN ./.");
    assertThat(QuoteMarks.kept(t)).containsExactly(0, 1, 2, 4, 6, 7, 8);
  }
}
