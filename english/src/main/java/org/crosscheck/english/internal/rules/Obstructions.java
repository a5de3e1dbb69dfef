package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Token;

/**
 * Stopping another's carrier or envoys ({@code obstructions.tsv}): "rebels stopped a United Nations convoy",
 * "the navy turned back a Turkish aid ship", "stopped the agency's inspectors" oppose the owner. The verb is a cue only
 * when its object is such a noun and the object names its owner as an actor ("its" is none): "police halted a
 * convoy of trucks" stops no party, "halted its own ships" stops the holder's own, "stopped the talks" stops no
 * carrier, and "the convoy was halted by heavy rain" has no object (only active objects are read). A carrier's owner
 * may be a demonym ("a Greek tanker"); that of people or road vehicles a body sends must be named as a body, since a
 * nationality ("a French reporter", "a Mexican truck") is no party. Stateless.
 */
final class Obstructions {

  /** How far after the verb the light pass looks for the object's noun ("stopped a United Nations food convoy"). */
  private static final int WINDOW = 8;

  private static final List<String> BODY_OWNER = List.of("compound", "nmod:poss", "nmod:of");

  private Obstructions() {}

  /** Whether the verb {@code w} stops a carrier or envoys whose owner the sentence names as an actor. */
  static boolean stops(Graph g, IndexedWord w) {
    if (!g.verbIn(w, g.lex.obstructionVerbs)) {
      return false;
    }
    return g.children(w, "obj").stream().anyMatch(o -> owned(g, o));
  }

  /**
   * Whether token {@code i} of a sentence not yet parsed may stop a carrier or envoys: a verb of the list (the first
   * word of a phrasal one) with a carrier or envoy noun in the words after it. The parse decides the rest.
   */
  static boolean mayStop(List<Token> toks, int i, EnglishLexicon lex) {
    String l = toks.get(i).lemma();
    if (!toks.get(i).tag().startsWith("VB")
        || !EnglishLexicon.opens(lex.obstructions, c -> c == EnglishLexicon.ObstructionClass.VERB, l)) {
      return false;
    }
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + WINDOW); k++) {
      EnglishLexicon.ObstructionClass c = lex.obstructions.get(toks.get(k).lemma());
      if (c != null && c != EnglishLexicon.ObstructionClass.VERB) {
        return true;
      }
    }
    return false;
  }

  private static boolean owned(Graph g, IndexedWord o) {
    EnglishLexicon.ObstructionClass c = g.lex.obstructions.get(g.lemmaOf(o));
    if (!g.pos(o).startsWith("NN") || c == null || c == EnglishLexicon.ObstructionClass.VERB) {
      return false;
    }
    List<IndexedWord> owners = c == EnglishLexicon.ObstructionClass.CARRIER
        ? g.children(o, "compound", "amod", "nmod:poss", "nmod:of") : g.children(o, BODY_OWNER);
    return owners.stream().anyMatch(p -> named(g, p)
        || c == EnglishLexicon.ObstructionClass.CARRIER && g.demonym(p) != null);
  }

  private static boolean named(Graph g, IndexedWord p) {
    ActorSpan m = g.mentionOf(p);
    return m != null && !m.anonymous();
  }
}
