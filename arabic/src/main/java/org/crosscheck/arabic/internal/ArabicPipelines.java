package org.crosscheck.arabic.internal;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.crosscheck.ExtractionException;
import org.crosscheck.arabic.internal.segment.SegmentingTokenizer;

/**
 * The CoreNLP Arabic pipeline, built once per JVM on first use from {@code StanfordCoreNLP-arabic.properties} in
 * the {@code models-arabic} jar, keeping its segmenter and POS tagger and dropping its factored parser (measured
 * at about 16 tokens/s and several GiB of heap on news text: unusable). Line breaks end sentences, so headings and
 * datelines never merge into the first sentence. {@code depparse} is deliberately absent: added to the Arabic
 * properties it silently loads the English model. The annotators are those {@code StanfordCoreNLP} would build from
 * these properties ({@code tokenize} with its segmenter and sentence splitter, then {@code pos}), except that
 * segmentation runs through {@link SegmentingTokenizer}: CoreNLP's segmenter, same output, a fraction of the time.
 * {@code annotate} is thread-safe.
 */
public final class ArabicPipelines {

  private final AnnotationPipeline pipeline;
  private final SegmentingTokenizer tokenizer;

  private ArabicPipelines() {
    Properties p = properties();
    try {
      this.tokenizer = new SegmentingTokenizer(p);
      this.pipeline = new AnnotationPipeline();
      pipeline.addAnnotator(tokenizer);
      pipeline.addAnnotator(new POSTaggerAnnotator("pos", p));
    } catch (RuntimeException e) {
      throw e instanceof ExtractionException x ? x
          : new ExtractionException("the Arabic CoreNLP models could not be loaded: " + e.getMessage(), e);
    }
  }

  /** The CoreNLP properties of the pipeline: {@code tokenize,ssplit,pos} of the Arabic models' own file. */
  public static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = ArabicPipelines.class.getResourceAsStream("/StanfordCoreNLP-arabic.properties")) {
      if (in == null) {
        throw new ExtractionException("StanfordCoreNLP-arabic.properties is missing: add "
            + "edu.stanford.nlp:stanford-corenlp:4.5.10:models-arabic to the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new ExtractionException("the CoreNLP Arabic properties could not be read", e);
    }
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.remove("parse.model");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return p;
  }

  private static final class Holder {
    static final ArabicPipelines INSTANCE = new ArabicPipelines();
  }

  /** The shared pipeline; the first call loads the models (about a second). */
  public static ArabicPipelines get() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      throw c instanceof ExtractionException x ? x : new ExtractionException("the Arabic pipeline failed", c);
    } catch (NoClassDefFoundError e) {
      throw new ExtractionException("the Arabic pipeline failed to load earlier in this JVM", e);
    }
  }

  void annotate(Annotation doc) {
    pipeline.annotate(doc);
  }

  /** Lines segmented by this pipeline's own decoder, and lines left to CoreNLP's for a near tie. */
  public long[] decoderCounts() {
    return tokenizer.decoderCounts();
  }
}
