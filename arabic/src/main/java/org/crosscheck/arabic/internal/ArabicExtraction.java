package org.crosscheck.arabic.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Article;
import org.crosscheck.ExtractionException;
import org.crosscheck.arabic.internal.rules.ArabicLexicon;
import org.crosscheck.arabic.internal.rules.ArabicSentence;
import org.crosscheck.arabic.internal.rules.CandidateFilter;
import org.crosscheck.arabic.internal.rules.ClaimReader;
import org.crosscheck.arabic.internal.rules.Prose;
import org.crosscheck.arabic.internal.rules.SentenceParts;
import org.crosscheck.spi.LanguageExtraction;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.TextForms;
import org.crosscheck.spi.Token;

/**
 * Arabic on CoreNLP: the segmenter and the POS tagger over every sentence (there is no deep pass: CoreNLP has no
 * Arabic NER or dependency parser, and its factored parser is far too slow for news); long sentences cut at clause
 * boundaries; the rules of {@link ClaimReader}. Thread-safe: the pipeline is shared, the rules stateless.
 */
public final class ArabicExtraction implements LanguageExtraction<ArabicSentence> {

  private static final class Holder {
    static final ArabicExtraction INSTANCE = new ArabicExtraction();
  }

  /** The shared instance; models load on the first article, not here. */
  public static ArabicExtraction get() {
    return Holder.INSTANCE;
  }

  private ArabicExtraction() {}


  /** Refuses an article tagged Arabic whose text has more letters of other scripts than Arabic letters. */
  @Override
  public void check(Article article) {
    int arabic = 0;
    int other = 0;
    String t = article.text();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (TextForms.isArabicLetter(c)) {
        arabic++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    if (other > arabic) {
      throw new ExtractionException("article " + article.id() + " is marked Arabic but its text is mostly in "
          + "another script (" + other + " other letters, " + arabic + " Arabic): not read as Arabic");
    }
  }

  @Override
  public List<ArabicSentence> annotate(String text, int offset) {
    Annotation doc = new Annotation(text);
    ArabicPipelines.get().annotate(doc);
    List<ArabicSentence> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        // The segmenter gives no lemma: the word stands in, as the Token contract allows.
        tokens.add(new Token(i, l.word(), l.word().toLowerCase(Locale.ROOT), l.tag() == null ? "" : l.tag(),
            l.beginPosition() + offset, l.endPosition() + offset));
      }
      out.add(ArabicSentence.of(tokens));
    }
    return Prose.amidProse(out, ArabicLexicon.get());
  }

  @Override
  public boolean isCandidate(SentenceContext<ArabicSentence> context) {
    return CandidateFilter.isCandidate(context, ArabicLexicon.get());
  }

  @Override
  public Parts<ArabicSentence> parts(ArabicSentence sentence, int maxTokens) {
    return SentenceParts.of(sentence, maxTokens, ArabicLexicon.get());
  }

  @Override
  public void read(SentenceContext<ArabicSentence> context) {
    new ClaimReader(ArabicLexicon.get()).read(context);
  }
}
