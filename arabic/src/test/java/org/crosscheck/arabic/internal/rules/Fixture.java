package org.crosscheck.arabic.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.ArticleParser;
import org.crosscheck.Language;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.TextForms;
import org.crosscheck.spi.Token;

/**
 * Hand-built Arabic sentences for the rule tests, without any CoreNLP model: an article parsed from a short text,
 * and its sentences given in order as the segmenter and tagger would give them ({@code "قال/VBD بوتين/NNP ان/IN …"},
 * words in the segmenter's normalised forms: "ان" for "إن", {@code "} for «, "ل الحادث" for "للحادث"). Each token
 * is aligned to the next stretch of the text that folds to it; a fixture that does not fit its text fails loudly. The sentences of one
 * fixture share the article's discourse memory, as the sentences of an article do. Not thread-safe.
 */
final class Fixture {

  static final ArabicLexicon LEX = ArabicLexicon.get();
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ClaimReader READER = new ClaimReader(LEX);

  final Article article;
  final ArticleActors actors;
  final Discourse discourse = new Discourse();
  private int cursor;

  private Fixture(Article article, ActorCatalog catalog) {
    this.article = article;
    this.actors = ArticleActors.of(catalog, article);
  }

  /** An undated article of {@code text} read with {@code catalog} in place of the default one. */
  static Fixture of(String text, ActorCatalog catalog) {
    Article a = PARSER.parse(text);
    return new Fixture(new Article(a.id(), a.source(), a.title(), a.outlet(), Optional.empty(), a.publishedTime(),
        Language.ARABIC, a.text(), a.paragraphs(), a.warnings()), catalog);
  }

  /** An undated article of {@code text} (short Arabic texts may not be detected as Arabic: it is set). */
  static Fixture of(String text) {
    return published(text, null);
  }

  /** An article of {@code text} published on {@code date} (null: undated). */
  static Fixture published(String text, LocalDate date) {
    Article a = PARSER.parse(text);
    return new Fixture(new Article(a.id(), a.source(), a.title(), a.outlet(), Optional.ofNullable(date),
        a.publishedTime(), Language.ARABIC, a.text(), a.paragraphs(), a.warnings()), ActorCatalog.defaultCatalog());
  }

  /** The next sentence of the text, from its tagged tokens. */
  ArabicSentence sentence(String tagged) {
    String text = article.text();
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      if (slash <= 0 || slash == item.length() - 1) {
        throw new IllegalArgumentException("expected word/TAG, got '" + item + "'");
      }
      String word = item.substring(0, slash);
      while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
        cursor++;
      }
      int end = match(text, cursor, word);
      tokens.add(new Token(tokens.size(), word, word, item.substring(slash + 1), cursor, end));
      cursor = end;
    }
    return ArabicSentence.of(tokens);
  }

  /** The end of {@code word} read at {@code at} in {@code text}, compared folded. */
  private static int match(String text, int at, String word) {
    String w = TextForms.fold(word);
    int i = at;
    int k = 0;
    while (k < w.length() && i < text.length()) {
      String f = TextForms.fold(String.valueOf(text.charAt(i)));
      if (f.isEmpty()) {
        i++;
        continue;
      }
      if (f.charAt(0) != w.charAt(k)) {
        // The segmenter restores what a clitic hides: the article's alef after لـ (لـ + الحادث in "للحادث"),
        // teh marbuta before a suffix (قدرة + نا in "قدرتنا").
        if (w.charAt(k) == '\u0627' && k == 0) {
          k++;
          continue;
        }
        if (w.charAt(k) == '\u0647' && f.charAt(0) == '\u062A') {
          i++;
          k++;
          continue;
        }
        break;
      }
      i++;
      k++;
    }
    if (k == w.length()) {
      return i;
    }
    // A mark the segmenter normalised («, ؛ and ، become ", ; and ,): one mark for one mark.
    if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && at < text.length()
        && !Character.isLetterOrDigit(text.charAt(at)) && !Character.isWhitespace(text.charAt(at))) {
      return at + 1;
    }
    throw new IllegalArgumentException("token '" + word + "' does not match the text at " + at + ": '"
        + text.substring(at, Math.min(text.length(), at + 12)) + "'");
  }

  /** The context of a sentence, its drafts going to {@code sink}. */
  SentenceContext<ArabicSentence> context(ArabicSentence s, List<ClaimDraft> sink) {
    return SentenceContext.of(article, s, actors, discourse, Optional.empty(), false, sink::add);
  }

  /** The next sentence, ready for one rule. */
  Reading reading(String tagged) {
    return new Reading(context(sentence(tagged), new ArrayList<>()), LEX);
  }

  /** Reads the next sentence with all the rules; its drafts. */
  List<ClaimDraft> read(String tagged) {
    List<ClaimDraft> out = new ArrayList<>();
    READER.read(context(sentence(tagged), out));
    return out;
  }

  /** The one draft the sentence yields with cue {@code cue}. */
  static ClaimDraft withCue(List<ClaimDraft> drafts, String cue) {
    List<ClaimDraft> found = drafts.stream().filter(d -> d.cue().equals(cue)).toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one draft with cue " + cue + ", got " + drafts);
    }
    return found.get(0);
  }

  /** The catalog id of the draft's holder. */
  static String holder(ClaimDraft d) {
    return d.holder().actor().id();
  }

  /** The catalog id of the draft's target, or "-". */
  static String target(ClaimDraft d) {
    return d.target().map(t -> t.actor().id()).orElse("-");
  }

  /** The catalog id of the draft's speaker, or "-". */
  static String speaker(ClaimDraft d) {
    return d.speaker().map(t -> t.actor().id()).orElse("-");
  }
}
