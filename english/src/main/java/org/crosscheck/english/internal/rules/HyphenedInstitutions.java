package org.crosscheck.english.internal.rules;

import org.crosscheck.Actor;
import org.crosscheck.spi.ActorSpan;

/**
 * "Sudan's army-aligned government accused …", "Mali's military-led government": the catalog pass reads "Sudan's
 * army" and stops at the hyphen, so the army holds what the government said. A state's mention that ends right before
 * a hyphen, a participle or adjective ("aligned", "backed", "led") and an institution noun ({@code
 * institution-nouns.tsv}: government, army, police) is that state's institution, the whole phrase. Other nouns after
 * such a hyphenated word ("army-backed militias") are left to the rules that read who backs whom. Stateless.
 */
final class HyphenedInstitutions {

  private HyphenedInstitutions() {}

  /**
   * Adds the institution each such mention of the sentence names, over the words after the hyphen, so that the noun
   * the parser makes the subject is the institution too.
   */
  static void add(Graph g) {
    for (ActorSpan m : java.util.List.copyOf(g.ctx.mentions())) {
      ActorSpan institution = of(g, m);
      if (institution != m) {
        g.ctx.addMention(institution);
      }
    }
  }

  /** The institution the mention {@code m} and the hyphenated words after it name, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    int h = m == null || m.implied() || m.anonymous() ? -1 : m.last() + 1;
    if (h < 0 || h + 2 >= g.size() || !g.toks.get(h).tag().equals("HYPH")
        || !g.toks.get(h + 1).tag().matches("VBN|VBD|JJ") || !g.lex.institutionNouns.containsKey(g.lemma(h + 2))) {
      return m;
    }
    Actor state = g.ctx.actors().stateOf(m.actor()).orElse(null);
    Actor institution = state == null ? null
        : RecalledInstitutions.sectorOf(g.ctx, state, g.lemma(h + 2)).orElse(null);
    return institution == null ? m : ActorSpan.of(m.first(), h + 2, institution, g.text(m.first(), h + 2));
  }
}
