package org.crosscheck.arabic.internal.segment;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.process.Tokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tokenizer factory that remembers what its delegate makes of each single character. CoreNLP's
 * {@code IOBUtils.StringToIOB} asks, for every character of every word, whether the Arabic tokenizer deletes it (a
 * tatweel, a diacritic) by tokenizing that one character with a new tokenizer, whose lexer builds its tables anew:
 * about a tenth of Arabic segmentation time. The answer depends on the character alone, so it is kept; each call
 * returns fresh copies of the delegate's tokens, as a new tokenizer would. Longer texts go to the delegate.
 *
 * <p>Thread-safe when the delegate's {@code getTokenizer} is; {@link #setOptions} is refused, since options would
 * change the remembered answers.
 */
final class CharacterTokens implements TokenizerFactory<CoreLabel> {

  private final TokenizerFactory<CoreLabel> delegate;
  private final ConcurrentHashMap<Character, List<CoreLabel>> known = new ConcurrentHashMap<>();

  CharacterTokens(TokenizerFactory<CoreLabel> delegate) {
    this.delegate = delegate;
  }

  @Override
  public Tokenizer<CoreLabel> getTokenizer(Reader r) {
    String text = read(r);
    if (text.length() != 1) {
      return delegate.getTokenizer(new StringReader(text));
    }
    List<CoreLabel> tokens = known.computeIfAbsent(text.charAt(0),
        ch -> List.copyOf(delegate.getTokenizer(new StringReader(text)).tokenize()));
    Iterator<CoreLabel> it = tokens.iterator();
    return new AbstractTokenizer<>() {
      @Override
      protected CoreLabel getNext() {
        return it.hasNext() ? new CoreLabel(it.next()) : null;
      }
    };
  }

  @Override
  public Tokenizer<CoreLabel> getTokenizer(Reader r, String extraOptions) {
    throw new UnsupportedOperationException("extra options would change the remembered tokens");
  }

  @Override
  public void setOptions(String options) {
    throw new UnsupportedOperationException("options would change the remembered tokens");
  }

  @Override
  public Iterator<CoreLabel> getIterator(Reader r) {
    return getTokenizer(r);
  }

  private static String read(Reader r) {
    StringBuilder b = new StringBuilder();
    char[] buf = new char[256];
    try {
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
