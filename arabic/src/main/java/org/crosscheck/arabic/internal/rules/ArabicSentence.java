package org.crosscheck.arabic.internal.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.SentenceView;
import org.crosscheck.spi.TextForms;
import org.crosscheck.spi.Token;

/**
 * An Arabic sentence (or a piece of one) as the rules read it: the segmenter's tokens (clitics split off, so that
 * "وروسيا" is "و" + "روسيا") with their part-of-speech tags, and each token's folded form (alef forms unified, teh
 * marbuta as heh, no diacritics), which is what the word lists are matched on, and its stems. Immutable.
 */
public final class ArabicSentence implements SentenceView {

  private final List<Token> tokens;
  private final List<String> folded;
  /** Per token, the folded form without the article and whether it is punctuation: the rules ask for them often. */
  private final String[] keys;
  private final boolean[] punct;
  private final List<List<ArabicStemmer.Stem>> stems;
  /** Whether the sentence stands among prose, not among words strung together ({@link Prose#amidProse}). */
  private final boolean amidProse;

  private ArabicSentence(ArabicSentence s, boolean amidProse) {
    this.tokens = s.tokens;
    this.folded = s.folded;
    this.keys = s.keys;
    this.punct = s.punct;
    this.stems = s.stems;
    this.amidProse = amidProse;
  }

  private ArabicSentence(List<Token> tokens, List<List<ArabicStemmer.Stem>> stems) {
    checkArgument(!tokens.isEmpty(), "a sentence needs tokens");
    this.tokens = List.copyOf(tokens);
    List<String> f = new ArrayList<>(tokens.size());
    this.keys = new String[tokens.size()];
    this.punct = new boolean[tokens.size()];
    for (int i = 0; i < this.tokens.size(); i++) {
      Token t = this.tokens.get(i);
      String folded = TextForms.fold(t.word());
      f.add(folded);
      keys[i] = TextForms.key(folded);
      punct[i] = punct(t);
    }
    this.folded = List.copyOf(f);
    if (stems == null) {
      ArabicStemmer stemmer = ArabicLexicon.get().stemmer;
      List<List<ArabicStemmer.Stem>> st = new ArrayList<>(tokens.size());
      for (Token t : this.tokens) {
        st.add(List.copyOf(stemmer.stems(t.word())));
      }
      this.stems = List.copyOf(st);
    } else {
      this.stems = stems;
    }
    this.amidProse = true;
  }

  /**
   * A sentence of these tokens, with offsets in the article text; a verb the tagger read as a noun is tagged as the
   * verb it is ({@link VerbReadings}).
   */
  public static ArabicSentence of(List<Token> tokens) {
    ArabicSentence s = new ArabicSentence(tokens, null);
    List<Token> repaired = VerbReadings.repaired(s, ArabicLexicon.get());
    return repaired == s.tokens ? s : new ArabicSentence(repaired, s.stems);
  }

  @Override
  public List<Token> tokens() {
    return tokens;
  }

  /** Tokens {@code [from, to)} as a sentence of their own, indexed from 0 (a piece of a long sentence). */
  public ArabicSentence part(int from, int to) {
    checkArgument(0 <= from && from < to && to <= tokens.size(), "[%s, %s) is not a part of %s tokens", from, to,
        tokens.size());
    if (from == 0 && to == tokens.size()) {
      return this;
    }
    List<Token> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      out.add(new Token(i - from, t.word(), t.lemma(), t.tag(), t.begin(), t.end()));
    }
    ArabicSentence part = new ArabicSentence(out, stems.subList(from, to));
    return amidProse ? part : part.amidWordSalad();
  }

  /**
   * Whether the sentence stands among prose; {@code false} when the text around it is words strung together (a list
   * of keywords, shuffled text), where a sentence that happens to read well is no statement either.
   */
  public boolean amidProse() {
    return amidProse;
  }

  /** This sentence, marked as standing among words strung together. */
  ArabicSentence amidWordSalad() {
    return amidProse ? new ArabicSentence(this, false) : this;
  }

  /** The number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** Token {@code i} as the segmenter wrote it. */
  public String word(int i) {
    return tokens.get(i).word();
  }

  /** Token {@code i} folded. */
  public String folded(int i) {
    return folded.get(i);
  }

  /** Token {@code i} folded and without the article: the form most word lists are keyed on. */
  public String key(int i) {
    return keys[i];
  }

  /** The readings of token {@code i} ({@link ArabicStemmer}), the word itself first. */
  public List<ArabicStemmer.Stem> stems(int i) {
    return stems.get(i);
  }

  /** The part-of-speech tag of token {@code i} ({@code ""} when none). */
  public String tag(int i) {
    return tokens.get(i).tag();
  }

  /** Whether token {@code i} is punctuation: tagged so, or a single character that is neither letter nor digit. */
  public boolean isPunct(int i) {
    return punct[i];
  }

  private static boolean punct(Token t) {
    // Marks the tokenizer leaves together ('":' after a dateline's agency) are punctuation the tagger may call a verb.
    String w = t.word();
    return t.tag().equals("PUNC") || !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /** Whether token {@code i} is a verb. */
  public boolean isVerb(int i) {
    return tag(i).startsWith("VB") && !isPunct(i);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      b.append(b.length() == 0 ? "" : " ").append(t.word()).append('/').append(t.tag());
    }
    return b.toString();
  }
}
