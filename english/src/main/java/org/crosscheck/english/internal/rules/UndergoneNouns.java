package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Stance;

/**
 * A noun of stance that the subject of its verb undergoes ({@code undergoers.tsv}): "Y came under criticism from X",
 * "Y drew sharp criticism from X", "Y faced condemnation from X". The verb's subject is the target, and the noun's
 * "from" or "by" phrase the holder, wherever the parser hangs it: on the noun, or on the verb ("drew criticism
 * [from X]"). Some nouns are a stance only so ({@code undergone-nouns.tsv}): "came under fire from X" is an attack or
 * a rebuke either way, while "fire" alone is gunfire or flames and "a backlash" alone is nobody's. Stateless.
 */
final class UndergoneNouns {

  private UndergoneNouns() {}

  /** The verb whose subject undergoes the noun, or null. */
  static IndexedWord verb(Graph g, IndexedWord noun) {
    if (Provocations.misreadParticiple(g, noun) != null) {
      // "shelled the positions, drawing condemnation from Y": the act's verb, whose subject draws it.
      return Provocations.misreadAct(g, noun);
    }
    IndexedWord carrier = Measures.carrier(g, noun);
    IndexedWord v = g.parent(carrier);
    String up = g.relToParent(carrier);
    return v != null && g.pos(v).startsWith("VB") && g.lex.undergoers.contains(g.lemmaOf(v))
        && (up.equals("obj") || g.lex.relations(EnglishLexicon.RelationClass.UNDERGOER).contains(up)) ? v : null;
  }

  /** The stance of a noun that is a stance only when undergone, if it is undergone here; else null. */
  static Stance onlyUndergone(Graph g, IndexedWord noun) {
    Stance s = g.lex.undergoneNouns.get(g.lemmaOf(noun));
    return s != null && verb(g, noun) != null ? s : null;
  }

  /** The "from" or "by" phrase the parser hangs on the verb of an undergone noun ("drew criticism from X"). */
  static List<IndexedWord> holdersOnVerb(Graph g, IndexedWord noun) {
    IndexedWord v = verb(g, noun);
    return v == null ? List.of() : g.children(v, "obl:from", "obl:by", "obl:agent");
  }
}
