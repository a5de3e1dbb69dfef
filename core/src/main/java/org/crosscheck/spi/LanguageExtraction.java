package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.crosscheck.Article;

/**
 * The extraction a language module plugs into Crosscheck's driver: its NLP engine (a light pass over every
 * sentence, a deep pass over the sentences that can hold a claim) and its rules. The driver in core owns
 * everything else: chunked annotation of long articles, mentions aligned to tokens, sentence bounds, dates,
 * office resolution, the background and ended-government filters, duplicates, confidence, ids and timing.
 *
 * <p>Implementations are thread-safe and hold no per-article state (that lives in the {@link Discourse} of each
 * {@link SentenceContext}); heavy models are loaded lazily, once per JVM.
 *
 * @param <S> the module's annotation of a sentence
 */
public interface LanguageExtraction<S extends SentenceView> {

  /** The parts of one sentence to read; {@code cut} when a stretch could not be read within the bound. */
  record Parts<S>(List<S> parts, boolean cut) {
    public Parts {
      parts = List.copyOf(parts);
    }
  }

  /** Articles are annotated in chunks of whole paragraphs of about this many characters, bounding memory. */
  default int chunkChars() {
    return 20_000;
  }

  /**
   * Refuses an article this module cannot read although its language tag says it can (an article tagged Arabic
   * whose text is mostly Latin script); the default accepts everything.
   *
   * @throws org.crosscheck.ExtractionException with the reason
   */
  default void check(Article article) {}

  /**
   * The light pass over {@code text}, a chunk of the article text that starts at {@code offset}: sentences with
   * tokens whose offsets are offsets in the article text.
   */
  List<S> annotate(String text, int offset);

  /** Whether a sentence of the light pass may hold a claim and deserves the deep pass. */
  boolean isCandidate(SentenceContext<S> context);

  /**
   * The parts of a candidate sentence to read within {@code maxTokens} tokens each. The default reads the whole
   * sentence when it fits and nothing otherwise ({@code cut}).
   */
  default Parts<S> parts(S sentence, int maxTokens) {
    checkArgument(maxTokens >= 1, "maxTokens must be >= 1, got %s", maxTokens);
    return sentence.tokens().size() <= maxTokens ? new Parts<>(List.of(sentence), false)
        : new Parts<>(List.of(), true);
  }

  /**
   * The deep pass over one part of a candidate sentence (named entities, a parse); empty when the engine gave no
   * analysis to read. The default returns the part as it is.
   */
  default Optional<S> deepen(S part) {
    return Optional.of(part);
  }

  /** Runs the rules over one analysed part, emitting drafts into the context. */
  void read(SentenceContext<S> context);

  /**
   * An article-level pass after every sentence is read (a quote that spans sentences and names its speaker after
   * it); the default does nothing.
   */
  default void finish(ArticleDrafts drafts) {}
}
