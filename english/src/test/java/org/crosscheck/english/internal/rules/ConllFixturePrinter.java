package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.english.internal.EnglishExtraction;
import org.crosscheck.spi.Token;

/**
 * Writes CoNLL-U fixtures for the rule tests: reads lines {@code id<TAB>sentence} on standard input, runs the real
 * English pipelines (light and deep pass, so it needs the models on the class path) and prints each sentence as a
 * CoNLL-U block with {@code # id} and {@code # text}, the enhanced++ graph in DEPS, the named-entity tag and the
 * token's span in MISC. Not a test: run it by hand when a test needs a new sentence, and paste the output into
 * {@code fixtures.conllu}.
 *
 * <pre>
 * java -cp "english/target/test-classes:english/target/classes:$(cat cp.txt)" \
 *   org.crosscheck.english.internal.rules.ConllFixturePrinter &lt; sentences.tsv
 * </pre>
 */
public final class ConllFixturePrinter {

  private ConllFixturePrinter() {}

  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    EnglishExtraction x = EnglishExtraction.get();
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      String text = f[1].strip();
      List<EnglishSentence> light = x.annotate(text, 0);
      if (light.size() != 1) {
        System.err.println(f[0] + ": " + light.size() + " sentences, expected one");
        continue;
      }
      Optional<EnglishSentence> deep = x.deepen(light.get(0));
      if (deep.isEmpty()) {
        System.err.println(f[0] + ": no parse");
        continue;
      }
      System.out.print(block(f[0], text, deep.get()));
    }
  }

  static String block(String id, String text, EnglishSentence s) {
    SemanticGraph g = s.graph().orElseThrow();
    StringBuilder b = new StringBuilder();
    b.append("# id = ").append(id).append('\n').append("# text = ").append(text).append('\n');
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      List<String> deps = new ArrayList<>();
      if (w != null) {
        if (g.getRoots().contains(w)) {
          deps.add("0:root");
        }
        List<SemanticGraphEdge> in = new ArrayList<>(g.incomingEdgeList(w));
        in.sort(Comparator.comparingInt(e -> e.getGovernor().index()));
        for (SemanticGraphEdge e : in) {
          deps.add(e.getGovernor().index() + ":" + e.getRelation());
        }
      }
      b.append(i + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append("\t_\t")
          .append(t.tag()).append("\t_\t_\t_\t").append(deps.isEmpty() ? "_" : String.join("|", deps))
          .append("\tNER=").append(s.ner(i)).append("|Span=").append(t.begin()).append('-').append(t.end())
          .append('\n');
    }
    return b.append('\n').toString();
  }
}
