package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;

/**
 * A verb of freeing ({@code freeing-verbs.tsv}) takes the freed from whoever held them: in "Kenyan troops rescued the
 * hostages from al Shabaab" or "freed the town from the rebels" the "from" phrase names the one the act is against,
 * not one it helps, so it is no fallback target of the verb's support ({@link FallbackTarget}). Stateless.
 */
final class Rescues {

  private Rescues() {}

  /** Whether the dependent reached by {@code rel} from the verb {@code w} is whom a verb of freeing frees from. */
  static boolean heldFrom(Graph g, IndexedWord w, String rel) {
    return rel.equals("obl:from") && g.pos(w).startsWith("VB") && g.lex.freeingVerbs.contains(g.lemmaOf(w));
  }
}
