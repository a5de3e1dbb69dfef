package org.crosscheck.arabic.internal.segment;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.international.arabic.process.IOBUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.util.IntPair;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.ExtractionException;

/**
 * CoreNLP's {@link ArabicSegmenter#segmentStringToTokenList}, step for step, with its two costly steps made cheap:
 * the per-character "is it deleted?" tokenizers ({@link CharacterTokens}) and the CRF decoding ({@link CrfLabeller}).
 * The segmenter is CoreNLP's, loaded as its {@code ArabicSegmenterAnnotator} loads it; its classifier, tokenizer
 * factory, domain and markers are read once by reflection (CoreNLP 4.5.10 keeps them private). Thread-safe: as in
 * CoreNLP's pipeline, one segmenter serves every thread, and nothing here is written after construction.
 */
final class CharacterSegmenter {

  private final TokenizerFactory<CoreLabel> words;
  private final TokenizerFactory<CoreLabel> characters;
  private final CrfLabeller labeller;
  private final String domain;
  private final String prefixMarker;
  private final String suffixMarker;

  @SuppressWarnings("unchecked")
  CharacterSegmenter(Properties modelProperties) {
    ArabicSegmenter segmenter = ArabicSegmenter.getSegmenter(modelProperties);
    this.words = (TokenizerFactory<CoreLabel>) HiddenFields.read(ArabicSegmenter.class, segmenter, "tf");
    if (words == null) {
      throw new ExtractionException("the Arabic segmenter is set to read tokenized text: not supported");
    }
    this.characters = new CharacterTokens(words);
    this.labeller =
        new CrfLabeller((CRFClassifier<CoreLabel>) HiddenFields.read(ArabicSegmenter.class, segmenter, "classifier"));
    this.domain = (String) HiddenFields.read(ArabicSegmenter.class, segmenter, "domain");
    this.prefixMarker = (String) HiddenFields.read(ArabicSegmenter.class, segmenter, "prefixMarker");
    this.suffixMarker = (String) HiddenFields.read(ArabicSegmenter.class, segmenter, "suffixMarker");
  }

  /** The segmented tokens of one line, with offsets into it, as CoreNLP's segmenter gives them. */
  List<CoreLabel> segment(String line) {
    List<CoreLabel> tokens = words.getTokenizer(new StringReader(line)).tokenize();
    List<CoreLabel> chars = IOBUtils.StringToIOB(tokens, null, false, characters, line);
    IOBUtils.labelDomain(chars, domain);
    labeller.classify(chars);
    List<CoreLabel> out = new ArrayList<>();
    for (IntPair span : IOBUtils.TokenSpansForIOB(chars)) {
      CoreLabel token = new CoreLabel();
      String text = IOBUtils.IOBToString(chars, prefixMarker, suffixMarker, span.getSource(), span.getTarget());
      token.setWord(text);
      token.setValue(text);
      token.set(CoreAnnotations.TextAnnotation.class, text);
      token.set(CoreAnnotations.ArabicSegAnnotation.class, "1");
      int start = chars.get(span.getSource()).beginPosition();
      int end = chars.get(span.getTarget() - 1).endPosition();
      token.setOriginalText(line.substring(start, end));
      token.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
      token.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      out.add(token);
    }
    return out;
  }

  /** Lines decoded here and lines left to CoreNLP's decoder for a near tie. */
  long[] counts() {
    return labeller.counts();
  }
}
