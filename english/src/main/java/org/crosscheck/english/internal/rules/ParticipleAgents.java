package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * The actor of a participle that describes a noun: "an Oman-brokered swap", "a Qatar-mediated deal", "the
 * U.S.-backed forces", "a truce brokered by Egypt". It acts in the participle, so it is another party of the
 * sentence, never whom the sentence's own act is aimed at ("Iran frees two Europeans in Oman-brokered swap" frees
 * nobody toward Oman). Stateless.
 */
final class ParticipleAgents {

  private ParticipleAgents() {}

  /** Whether the mention is the agent of a past participle that modifies a noun. */
  static boolean agent(Graph g, ActorSpan m) {
    for (int k = m.first(); k <= m.last(); k++) {
      IndexedWord w = g.node(k);
      IndexedWord p = w == null ? null : g.parent(w);
      if (p == null || !g.pos(p).equals("VBN")) {
        continue;
      }
      String r = g.relToParent(w);
      String up = g.relToParent(p);
      boolean agentRole = r.equals("obl") || r.equals("obl:agent") || r.equals("obl:by") || r.equals("compound");
      boolean describing = up.equals("amod") || up.startsWith("acl") && !up.equals("acl:relcl");
      // A go-between's participle is one however the parser hangs it ("welcomed the truce brokered by Egypt").
      if (agentRole && (describing || g.governs(p, EnglishLexicon.GovernorClass.MEDIATE))) {
        return true;
      }
    }
    return false;
  }
}
