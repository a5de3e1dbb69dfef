package org.crosscheck.english.internal.rules;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Optional;
import org.crosscheck.spi.SentenceView;
import org.crosscheck.spi.Token;

/**
 * An English sentence as the rules read it: tokens with lemmas and part-of-speech tags, and after the deep pass
 * the named-entity tag of each token and the enhanced++ dependency graph. The light pass keeps its engine
 * annotation ({@link #source()}) so that the deep pass can continue from it. Read by one thread at a time.
 *
 * @param tokens the tokens
 * @param ner the named-entity tag of each token ({@code "O"} outside entities), empty before the deep pass
 * @param graph the dependency graph, empty before the deep pass
 * @param source the engine's annotation of the light pass, empty for sentences built otherwise (tests)
 */
public record EnglishSentence(List<Token> tokens, List<String> ner, Optional<SemanticGraph> graph,
    Optional<CoreMap> source) implements SentenceView {

  public EnglishSentence {
    tokens = List.copyOf(tokens);
    ner = List.copyOf(ner);
    requireNonNull(graph, "graph");
    requireNonNull(source, "source");
    if (!ner.isEmpty() && ner.size() != tokens.size()) {
      throw new IllegalArgumentException("need one named-entity tag per token");
    }
  }

  /** A sentence of the light pass. */
  public static EnglishSentence light(List<Token> tokens, CoreMap source) {
    return new EnglishSentence(tokens, List.of(), Optional.empty(), Optional.of(source));
  }

  /** A fully analysed sentence. */
  public static EnglishSentence parsed(List<Token> tokens, List<String> ner, SemanticGraph graph) {
    return new EnglishSentence(tokens, ner, Optional.of(graph), Optional.empty());
  }

  /** The named-entity tag of token {@code i}, {@code "O"} when there is none. */
  public String ner(int i) {
    return ner.isEmpty() ? "O" : ner.get(i);
  }
}
