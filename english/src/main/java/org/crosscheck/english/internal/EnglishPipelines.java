package org.crosscheck.english.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.crosscheck.ExtractionException;

/**
 * The two CoreNLP pipelines, built once per JVM on first use: a light one for every sentence (tokenize, ssplit,
 * pos, lemma; line breaks end sentences so that headings never run into the next sentence) and a deep one for
 * the sentences that can hold a claim (NER without fine-grained labels, SUTime or numeric classifiers, which cost
 * a tenfold slowdown for nothing the extractor uses; and the dependency parser). {@code annotate} on a shared
 * pipeline is thread-safe for these annotators.
 *
 * <p>The parser is not CoreNLP's {@code depparse} annotator but {@link NeuralDependencyParser}, which gives the same
 * parses with the same model three times faster, and only the enhanced++ graph the rules read is built from it
 * (the annotator builds five graphs per sentence, four of them never read: a tenth of the English time).
 */
public final class EnglishPipelines {

  private final StanfordCoreNLP light;
  private final StanfordCoreNLP deep;
  private final StanfordCoreNLP retagger;
  private final NeuralDependencyParser parser;

  private EnglishPipelines() {
    Properties l = new Properties();
    l.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    l.setProperty("ssplit.newlineIsSentenceBreak", "always");
    l.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    Properties d = new Properties();
    d.setProperty("annotators", "ner");
    d.setProperty("enforceRequirements", "false");
    // The rules read PERSON, ORGANIZATION and LOCATION only: the three-class model gives them, and the default
    // seven- and four-class models beside it (dates, money, MISC) would triple the tagger's time for nothing.
    d.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    d.setProperty("ner.applyFineGrained", "false");
    d.setProperty("ner.useSUTime", "false");
    d.setProperty("ner.applyNumericClassifiers", "false");
    d.setProperty("ner.buildEntityMentions", "false");
    try {
      this.light = new StanfordCoreNLP(l);
      this.deep = new StanfordCoreNLP(d);
      // The light pipeline's own tagger and lemmatiser: same properties, so CoreNLP's annotator cache hands back the
      // same instances (no model loaded twice). Looking them up by name instead found whichever "pos" was cached
      // first in the JVM, the Arabic tagger or a host's own.
      Properties r = new Properties();
      r.putAll(l);
      r.setProperty("annotators", "pos,lemma");
      r.setProperty("enforceRequirements", "false");
      this.retagger = new StanfordCoreNLP(r);
      this.parser = NeuralDependencyParser.load(NeuralDependencyParser.DEFAULT_MODEL);
    } catch (RuntimeException e) {
      throw new ExtractionException("the English CoreNLP models could not be loaded: " + e.getMessage()
          + " (is edu.stanford.nlp:stanford-corenlp:4.5.10:models on the class path?)", e);
    }
  }

  private static final class Holder {
    static final EnglishPipelines INSTANCE = new EnglishPipelines();
  }

  /** The shared pipelines; the first call loads the models (several seconds). */
  public static EnglishPipelines get() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      throw c instanceof ExtractionException x ? x : new ExtractionException("the English pipelines failed", c);
    } catch (NoClassDefFoundError e) {
      throw new ExtractionException("the English pipelines failed to load earlier in this JVM", e);
    }
  }

  void light(Annotation doc) {
    light.annotate(doc);
  }

  /** NER and the enhanced++ dependencies of each sentence of the document. */
  void deep(Annotation sentenceDoc) {
    deep.annotate(sentenceDoc);
    for (CoreMap s : sentenceDoc.get(CoreAnnotations.SentencesAnnotation.class)) {
      s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          SemanticGraphFactory.makeFromTree(parser.parse(s), SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
              GrammaticalStructure.Extras.NONE, null));
    }
  }

  /**
   * Tags and lemmatises tokens again, with the light pipeline's own annotators (no model loaded twice): for words
   * the tagger first read after a dateline, which throws it off ("ERBIL — Turkish drone strikes killed …").
   */
  void retag(Annotation sentenceDoc) {
    retagger.annotate(sentenceDoc);
  }
}
