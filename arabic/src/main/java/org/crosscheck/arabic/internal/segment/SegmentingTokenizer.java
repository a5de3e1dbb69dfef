package org.crosscheck.arabic.internal.segment;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.process.AbstractTokenizer;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.StringUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's Arabic {@code tokenize} annotator (its {@code TokenizerAnnotator} running an {@code
 * ArabicSegmenterAnnotator}, then sentence splitting) over {@link CharacterSegmenter}: the same tokens, offsets,
 * newline tokens and sentences, faster. Built from the properties a {@code StanfordCoreNLP} would get
 * ({@code segment.model}, {@code ssplit.*}). Thread-safe, as CoreNLP's annotators are.
 */
public final class SegmentingTokenizer implements Annotator {

  private static final Pattern NEWLINE = Pattern.compile("\\R");

  private final CharacterSegmenter segmenter;
  private final boolean tokenizeNewline;
  private final boolean splitOnTwoNewlines;
  private final WordsToSentencesAnnotator ssplit;

  /** Loads the segmenter named by {@code segment.model} (a few seconds). */
  public SegmentingTokenizer(Properties props) {
    Properties model = new Properties();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("segment.")) {
        model.setProperty(key.equals("segment.model") ? "model" : key.substring("segment.".length()),
            props.getProperty(key));
      }
    }
    this.segmenter = new CharacterSegmenter(model);
    String nlsb = props.getProperty(StanfordCoreNLP.NEWLINE_IS_SENTENCE_BREAK_PROPERTY, "never");
    this.tokenizeNewline = !nlsb.equals("never")
        || Boolean.parseBoolean(props.getProperty(StanfordCoreNLP.NEWLINE_SPLITTER_PROPERTY, "false"));
    this.splitOnTwoNewlines = nlsb.equals("two");
    this.ssplit = new WordsToSentencesAnnotator(props);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences != null) {
      for (CoreMap sentence : sentences) {
        segment(sentence);
      }
    } else {
      segment(annotation);
    }
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      token.set(CoreAnnotations.TokenBeginAnnotation.class, i);
      token.set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
    }
    for (CoreLabel token : tokens) {
      token.set(CoreAnnotations.IsNewlineAnnotation.class, token.word().equals(AbstractTokenizer.NEWLINE_TOKEN));
    }
    annotation.remove(CoreAnnotations.SentencesAnnotation.class);
    ssplit.annotate(annotation);
  }

  /** {@code ArabicSegmenterAnnotator.doOneSentence}: each line segmented, line breaks kept as tokens. */
  private void segment(CoreMap annotation) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> tokens;
    if (!tokenizeNewline) {
      tokens = segmenter.segment(text);
    } else {
      tokens = new ArrayList<>();
      int consumed = 0;
      boolean sawNewline = false;
      boolean sawTwoNewlines = false;
      for (String piece : StringUtils.splitLinesKeepNewlines(text)) {
        if (NEWLINE.matcher(piece).matches()) {
          if (!sawNewline) {
            tokens.add(newline(piece, consumed));
            sawNewline = true;
          } else if (splitOnTwoNewlines && !sawTwoNewlines) {
            tokens.add(newline(piece, consumed));
            sawTwoNewlines = true;
          }
        } else {
          sawNewline = false;
          sawTwoNewlines = false;
          for (CoreLabel label : segmenter.segment(piece)) {
            label.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class,
                label.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + consumed);
            label.set(CoreAnnotations.CharacterOffsetEndAnnotation.class,
                label.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + consumed);
            tokens.add(label);
          }
        }
        consumed += piece.length();
      }
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
  }

  private static CoreLabel newline(String piece, int offset) {
    CoreLabel newline = new CoreLabel();
    newline.setWord(AbstractTokenizer.NEWLINE_TOKEN);
    newline.setValue(AbstractTokenizer.NEWLINE_TOKEN);
    newline.set(CoreAnnotations.OriginalTextAnnotation.class, piece);
    newline.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, offset);
    newline.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, offset + piece.length());
    return newline;
  }

  /** Lines decoded here and lines left to CoreNLP's decoder for a near tie, since this annotator was built. */
  public long[] decoderCounts() {
    return segmenter.counts();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.TokenBeginAnnotation.class, CoreAnnotations.TokenEndAnnotation.class,
        CoreAnnotations.IsNewlineAnnotation.class, CoreAnnotations.OriginalTextAnnotation.class,
        CoreAnnotations.ValueAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.SentenceIndexAnnotation.class);
  }
}
