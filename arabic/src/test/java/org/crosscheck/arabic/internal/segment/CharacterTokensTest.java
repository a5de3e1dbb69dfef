package org.crosscheck.arabic.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.Tokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharacterTokensTest {

  /** Splits on spaces, drops tatweel; counts the tokenizers it makes. */
  private static final class Spaces implements TokenizerFactory<CoreLabel> {
    int made;

    @Override
    public Tokenizer<CoreLabel> getTokenizer(Reader r) {
      made++;
      StringBuilder b = new StringBuilder();
      try {
        for (int ch; (ch = r.read()) >= 0; ) {
          b.append((char) ch);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<CoreLabel> out = new ArrayList<>();
      for (String w : b.toString().replace("ـ", "").split(" ")) {
        if (!w.isEmpty()) {
          CoreLabel l = new CoreLabel();
          l.setWord(w);
          out.add(l);
        }
      }
      Iterator<CoreLabel> it = out.iterator();
      return new AbstractTokenizer<>() {
        @Override
        protected CoreLabel getNext() {
          return it.hasNext() ? it.next() : null;
        }
      };
    }

    @Override
    public Tokenizer<CoreLabel> getTokenizer(Reader r, String extraOptions) {
      return getTokenizer(r);
    }

    @Override
    public void setOptions(String options) {}

    @Override
    public Iterator<CoreLabel> getIterator(Reader r) {
      return getTokenizer(r);
    }
  }

  @Test
  void tokenizesEachSingleCharacterOnceAndAnswersAsTheDelegate() {
    Spaces delegate = new Spaces();
    CharacterTokens tokens = new CharacterTokens(delegate);
    for (int round = 0; round < 3; round++) {
      assertThat(tokens.getTokenizer(new StringReader("ـ")).tokenize()).isEmpty();
      assertThat(tokens.getTokenizer(new StringReader("ب")).tokenize()).extracting(CoreLabel::word)
          .containsExactly("ب");
    }
    assertThat(delegate.made).isEqualTo(2);
  }

  @Test
  void returnsFreshCopiesSoThatCallersCannotChangeWhatIsRemembered() {
    CharacterTokens tokens = new CharacterTokens(new Spaces());
    tokens.getTokenizer(new StringReader("ب")).tokenize().get(0).setWord("changed");
    assertThat(tokens.getTokenizer(new StringReader("ب")).tokenize()).extracting(CoreLabel::word)
        .containsExactly("ب");
  }

  @Test
  void passesLongerTextsToTheDelegateEveryTime() {
    Spaces delegate = new Spaces();
    CharacterTokens tokens = new CharacterTokens(delegate);
    assertThat(tokens.getTokenizer(new StringReader("في البيت")).tokenize()).extracting(CoreLabel::word)
        .containsExactly("في", "البيت");
    tokens.getTokenizer(new StringReader("في البيت")).tokenize();
    assertThat(delegate.made).isEqualTo(2);
  }

  @Test
  void refusesOptionsThatWouldChangeTheRememberedAnswers() {
    CharacterTokens tokens = new CharacterTokens(new Spaces());
    assertThatThrownBy(() -> tokens.setOptions("removeProMarker")).isInstanceOf(UnsupportedOperationException.class);
  }
}
