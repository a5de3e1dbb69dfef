package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.crosscheck.Article;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;

/**
 * What the rules of a language module see of one sentence: the module's own annotation of it, the actors it
 * mentions aligned to its tokens, its paragraph and quotations, the article's discourse memory and catalog lookups,
 * and a sink for the {@link ClaimDraft}s the rules read. The extraction driver builds one per sentence; tests build
 * one with {@link #of}.
 *
 * <p>Not thread-safe: one instance per sentence being read.
 */
public final class SentenceContext<S extends SentenceView> {

  private final Article article;
  private final S sentence;
  private final ArticleActors actors;
  private final Discourse discourse;
  private final Optional<Paragraph> paragraph;
  private final boolean backgroundSection;
  private final List<Quotes.Span> quotes;
  private final Consumer<ClaimDraft> sink;
  private final List<ActorSpan> mentions = new ArrayList<>();
  private final ActorSpan[] mentionAt;

  private SentenceContext(Article article, S sentence, ArticleActors actors, Discourse discourse,
      Optional<Paragraph> paragraph, boolean backgroundSection, List<Quotes.Span> quotes,
      Consumer<ClaimDraft> sink) {
    this.article = article;
    this.sentence = sentence;
    this.actors = actors;
    this.discourse = discourse;
    this.paragraph = paragraph;
    this.backgroundSection = backgroundSection;
    this.quotes = List.copyOf(quotes);
    this.sink = sink;
    this.mentionAt = new ActorSpan[sentence.tokens().size()];
    for (ActorSpan m : align(sentence.tokens(), actors.mentionsIn(wordStart(article.text(), sentence.start()),
        wordEnd(article.text(), sentence.end())))) {
      addMention(m);
    }
  }

  /**
   * A context for {@code sentence} of {@code article}.
   *
   * @param paragraph the paragraph the sentence lies in, when known
   * @param backgroundSection whether the paragraph sits in a section headed as background or analysis
   * @param sink receives the drafts the rules emit
   */
  public static <S extends SentenceView> SentenceContext<S> of(Article article, S sentence, ArticleActors actors,
      Discourse discourse, Optional<Paragraph> paragraph, boolean backgroundSection, Consumer<ClaimDraft> sink) {
    requireNonNull(article, "article");
    requireNonNull(sentence, "sentence");
    requireNonNull(actors, "actors");
    requireNonNull(discourse, "discourse");
    requireNonNull(paragraph, "paragraph");
    requireNonNull(sink, "sink");
    checkArgument(!sentence.tokens().isEmpty(), "sentence must have tokens");
    checkArgument(sentence.end() <= article.text().length(), "sentence ends after the article text");
    List<Quotes.Span> quotes = paragraph.isPresent()
        ? Quotes.in(article.text(), paragraph.get().start(), paragraph.get().end())
        : Quotes.in(article.text(), sentence.start(), sentence.end());
    return new SentenceContext<>(article, sentence, actors, discourse, paragraph, backgroundSection, quotes, sink);
  }

  /**
   * The catalog mentions among {@code tokens}, each over the tokens it overlaps. A mention that overlaps no token
   * is left out.
   */
  public static List<ActorSpan> align(List<Token> tokens, List<Mention> mentions) {
    List<ActorSpan> out = new ArrayList<>();
    for (Mention m : mentions) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.begin() < m.end() && t.end() > m.start()) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first >= 0) {
        out.add(ActorSpan.of(first, last, m));
      }
    }
    return out;
  }

  /** The start of the word around {@code offset}: a segmenter may split a clitic off inside a written word. */
  private static int wordStart(String text, int offset) {
    int i = offset;
    while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int offset) {
    int i = offset;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The article the sentence belongs to. */
  public Article article() {
    return article;
  }

  /** The module's annotation of the sentence. */
  public S sentence() {
    return sentence;
  }

  /** The sentence's tokens. */
  public List<Token> tokens() {
    return sentence.tokens();
  }

  /** Offset of the sentence in the article text. */
  public int start() {
    return sentence.start();
  }

  /** Offset after the sentence in the article text. */
  public int end() {
    return sentence.end();
  }

  /** The article text from token {@code from} to token {@code to}, both included. */
  public String text(int from, int to) {
    List<Token> t = sentence.tokens();
    return article.text().substring(t.get(from).begin(), t.get(to).end());
  }

  /** The actors named in the sentence, catalog mentions first, then those rules added, in the order found. */
  public List<ActorSpan> mentions() {
    return Collections.unmodifiableList(mentions);
  }

  /** The actor named at token {@code i}. */
  public Optional<ActorSpan> mentionAt(int i) {
    return Optional.ofNullable(mentionAt[i]);
  }

  /** Whether an actor is named at token {@code i}. */
  public boolean hasMention(int i) {
    return mentionAt[i] != null;
  }

  /**
   * Adds an actor a rule found (a name the catalog lacks, from named-entity tags); tokens already covered keep
   * their actor.
   */
  public void addMention(ActorSpan m) {
    requireNonNull(m, "m");
    checkArgument(!m.implied() && m.last() < mentionAt.length, "the span must lie inside the sentence");
    mentions.add(m);
    for (int k = m.first(); k <= m.last(); k++) {
      if (mentionAt[k] == null) {
        mentionAt[k] = m;
      }
    }
  }

  /** The paragraph the sentence lies in, when known. */
  public Optional<Paragraph> paragraph() {
    return paragraph;
  }

  /** Whether the paragraph sits in a section headed as background or analysis. */
  public boolean inBackgroundSection() {
    return backgroundSection;
  }

  /** The quotations of the paragraph (a quote may open in an earlier sentence). */
  public List<Quotes.Span> quotes() {
    return quotes;
  }

  /** Whether {@code offset} lies inside a quotation of the paragraph. */
  public boolean inQuotes(int offset) {
    for (Quotes.Span q : quotes) {
      if (q.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a four-digit word is a year before the article's: more than a year before the publication date, or
   * before 2020 when the article is undated. Past years mark background ("in 2015 Russia intervened …").
   */
  public boolean isPastYear(String word) {
    requireNonNull(word, "word");
    if (word.length() != 4 || !(word.startsWith("19") || word.startsWith("20"))
        || !Character.isDigit(word.charAt(2)) || !Character.isDigit(word.charAt(3))) {
      return false;
    }
    int year = Integer.parseInt(word);
    Optional<LocalDate> published = article.published();
    return published.isPresent() ? year < published.get().getYear() - 1 : year < 2020;
  }

  /** The article's discourse memory. */
  public Discourse discourse() {
    return discourse;
  }

  /** Catalog lookups about the article's actors. */
  public ArticleActors actors() {
    return actors;
  }

  /** Hands a draft to the driver. */
  public void emit(ClaimDraft draft) {
    sink.accept(requireNonNull(draft, "draft"));
  }
}
