package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;

/**
 * A demand asks someone to act: the body named with the act demanded ({@code asked-acts.tsv}: "demanded a UN
 * investigation into the killings", "called for AU mediation", "urged IAEA inspections of the plant", "demanded an
 * inquiry by the UN") is who is asked to do it, so it is no target of the demand, whose verb would otherwise oppose
 * it. An act that befalls its own agent ("demanded an Israeli withdrawal", {@code demanded-acts.tsv}) is not listed,
 * and the same act rejected or welcomed ("rejected AU mediation") is a stance toward its agent as before. Whom the act
 * is into or of stays the target ("demanded an investigation of the police"). Stateless.
 */
final class AskedAgents {

  private static final Set<String> AGENT_LINKS = Set.of("compound", "amod", "nmod:poss", "nmod:by");

  private AskedAgents() {}

  /** Whether {@code c}, a modifier of the noun {@code d}, names who is asked to carry out the act {@code d}. */
  static boolean agentOnly(Graph g, IndexedWord d, IndexedWord c) {
    IndexedWord verb = g.parent(d);
    return verb != null && AGENT_LINKS.contains(g.relToParent(c))
        && g.lex.askedActs.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT))
        && g.verbOf(verb, EnglishLexicon.GovernorClass.ASK);
  }
}
