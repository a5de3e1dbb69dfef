package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A verb of freeing ({@code freeing-verbs.tsv}) takes the freed from whoever held them: in "Kenyan troops rescued the
 * hostages from al Shabaab" or "freed the town from the rebels" the "from" phrase names the one the act is against,
 * not one it helps, so it is no fallback target of the verb's support ({@link FallbackTarget}). Where the verb is one
 * of liberation (AGAINST) and its "from" phrase names an actor, the act is an OPPOSE toward that actor and toward no
 * one else: not toward the freed, nor toward whoever frees them ("the town was freed from the rebels by the army").
 * The "from" phrase names the holder directly ("from the militia"), through what it held them in ("from rebel
 * control", "from years of abuse by Y") or as the doer of a harm ("from the abuses of Y": the freed are its victims,
 * so its "of" phrase is the doer). A name the tagger takes for a place, a state's too, is where people are taken out
 * of, no holder ("rescued its citizens from Sudan", "rescued two hostages from Gaza"); so "liberated Kuwait from Iraq"
 * opposes no one, a loss taken for the evacuations. The agent of a participle of captivity on the freed ({@code
 * captivity-verbs.tsv}: "freed civilians held by the Tigers") is whom they are freed from too. Stateless.
 */
final class Rescues {

  private Rescues() {}

  /** Whether the dependent reached by {@code rel} from the verb {@code w} is whom a verb of freeing frees from. */
  static boolean heldFrom(Graph g, IndexedWord w, String rel) {
    return rel.equals("obl:from") && g.pos(w).startsWith("VB") && g.lex.freeingVerbs.containsKey(g.lemmaOf(w));
  }

  /** Whether the verb {@code w} frees someone from an actor its "from" phrase names: an act against that actor. */
  static boolean against(Graph g, IndexedWord w) {
    return from(g, w).stream().anyMatch(f -> Targets.in(g, f, 0, List.of()) != null);
  }

  /** The words of the verb {@code w}'s "from" phrase where the holder is named, when it is a verb of liberation. */
  static List<IndexedWord> from(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB")
        || g.lex.freeingVerbs.get(g.lemmaOf(w)) != EnglishLexicon.FreeingClass.AGAINST) {
      return List.of();
    }
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord f : g.children(w, "obl:from")) {
      if (g.mentionOf(f) != null && g.ctx.sentence().ner(g.idx(f)).equals("LOCATION")) {
        continue;
      }
      if (Victims.harm(g, f)) {
        out.addAll(g.children(f, "nmod:of"));
      }
      out.add(f);
    }
    // "to free civilians held by the Tigers": the agent of a participle of captivity on the freed, which the parser
    // hangs on them or, with the freed as its subject, on the verb.
    List<IndexedWord> held = new ArrayList<>(g.children(w, "dep", "acl", "xcomp"));
    for (IndexedWord o : g.children(w, "obj")) {
      held.addAll(g.children(o, "acl"));
    }
    for (IndexedWord p : held) {
      if (g.lex.captivityVerbs.contains(g.lemmaOf(p))) {
        out.addAll(g.children(p, "obl:by", "obl:agent"));
      }
    }
    return out;
  }
}
