package org.crosscheck.english.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our parser against CoreNLP's own {@code DependencyParser} with the same model: the parses must be the same. */
class NeuralDependencyParserIT {

  private static StanfordCoreNLP tagger;
  private static DependencyParser coreNlp;
  private static NeuralDependencyParser ours;

  @BeforeAll
  static void load() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    tagger = new StanfordCoreNLP(p);
    coreNlp = DependencyParser.loadFromModelFile(NeuralDependencyParser.DEFAULT_MODEL, new Properties());
    ours = NeuralDependencyParser.load(NeuralDependencyParser.DEFAULT_MODEL);
  }

  private static String show(GrammaticalStructure gs) {
    return gs.typedDependencies() + " | " + SemanticGraphFactory.makeFromTree(gs,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null).toList();
  }

  @Test
  void parsesAsCoreNlpDoes() {
    Annotation doc = new Annotation("The mayor of Lisbon praised the fishermen who rescued two sailors. "
        + "Officials in Oslo and Bern said they would not recognise the vote, which the opposition called a sham. "
        + "\"We will never accept it,\" the minister told reporters on Friday. "
        + "Hail. "
        + "Farmers blocked roads near the capital, demanding lower fuel prices, while police fired tear gas at "
        + "crowds that had gathered outside the ministry of agriculture before dawn on Thursday and refused to "
        + "leave until the minister, who had promised to meet them, came out to speak with their leaders.");
    tagger.annotate(doc);
    int n = 0;
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      assertThat(show(ours.parse(s))).isEqualTo(show(coreNlp.predict(s)));
      n++;
    }
    assertThat(n).isEqualTo(5);
  }

  /** The arcs as "relation(governor, dependent)" by word, without those of the quote marks. */
  private static java.util.List<String> wordArcs(GrammaticalStructure gs) {
    return gs.typedDependencies().stream()
        .filter(d -> !QuoteMarks.quote(d.dep().backingLabel()))
        .map(d -> d.reln() + "(" + d.gov().word() + ", " + d.dep().word() + ")").toList();
  }

  @Test
  void parsesAQuoteInsideAClauseAsTheClauseWithoutItsMarks() {
    Annotation quoted = new Annotation("Chile said the plan was \"a dangerous mistake\" on Monday.");
    Annotation bare = new Annotation("Chile said the plan was a dangerous mistake on Monday.");
    tagger.annotate(quoted);
    tagger.annotate(bare);
    CoreMap q = quoted.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    CoreMap b = bare.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    GrammaticalStructure ourParse = ours.parse(q);
    assertThat(wordArcs(ourParse)).isEqualTo(wordArcs(coreNlp.predict(b)));
    // Each mark hangs as punctuation on the word it opens or closes.
    assertThat(ourParse.typedDependencies().stream().filter(d -> QuoteMarks.quote(d.dep().backingLabel()))
        .map(d -> d.reln() + ":" + d.gov().word())).containsExactly("punct:a", "punct:mistake");
  }
}
