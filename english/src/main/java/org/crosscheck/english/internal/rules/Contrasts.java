package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;

/**
 * A clause that sets another's act beside the cue's is a claim apart, and names none of the cue's arguments:
 * "Chile backed the tariffs, though its minister warned they could hurt Peruvian farmers", and the absolute "voted
 * against the text, with Y's envoy arguing that …", which the parser hangs either as a clause ({@code advcl:with})
 * or as a "with" phrase whose noun a participle describes. The links are CONTRAST in {@code relations.tsv}; such a
 * clause needs a subject of its own ("backed it though doubting X" is the cue's own), and "with" a comma before it
 * and a subject that names an actor. Stateless.
 */
final class Contrasts {

  private Contrasts() {}

  /** Whether {@code d}, linked to its governor by {@code rel}, stands apart from the governor's claim. */
  static boolean apart(Graph g, IndexedWord d, String rel) {
    boolean clause = g.lex.relations(EnglishLexicon.RelationClass.CONTRAST).contains(rel)
        && !g.children(d, "nsubj", "nsubj:pass").isEmpty();
    // ", with Y's envoy arguing …" may also come as a "with" phrase whose noun a participle describes.
    boolean absolute = rel.equals("obl:with") && g.pos(d).startsWith("NN") && g.children(d, "acl").stream()
        .anyMatch(p -> g.pos(p).equals("VBG") || g.pos(p).equals("VBN"));
    if (!clause && !absolute) {
      return false;
    }
    // "with" opens an absolute only after a comma: "clashed with fighters holding the town" names whom it fought.
    if (!rel.endsWith(":with")) {
      return true;
    }
    int at = g.children(d, absolute ? "case" : "mark").stream().mapToInt(g::idx).min().orElse(-1);
    if (at <= 0 || !g.toks.get(at - 1).word().equals(",")) {
      return false;
    }
    // ", with reports stating that arms will reach Y": an absolute whose subject names no actor goes on about the
    // cue's own act; only one that names another actor ("with Y's envoy arguing") sets that actor's act beside it.
    List<IndexedWord> doers = absolute ? List.of(d) : g.children(d, "nsubj", "nsubj:pass");
    return doers.stream().anyMatch(x -> Targets.in(g, x, 0, List.of()) != null);
  }
}
