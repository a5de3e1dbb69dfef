package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Locale;

/**
 * A stance toward a thing the text told before, whose actor no rule found, has a target the reader knows and the
 * extractor does not: "Russia criticised the move", "Japan condemned the drills", "Kyiv welcomed it", "Oslo
 * rejected this account", "Poland voted against the agreement". Emitted without a target, such a claim says that
 * its holder took a stance toward no one, which the article does not say; after the article's first sentence it is
 * dropped. The thing is the cue's object (a verb's object or its "against" or "with" phrase; a noun's "of",
 * "against" or "on" phrase: "criticism of the move") when it names no actor and refers back ({@code
 * anaphors.tsv}): a noun with a determiner of things told ("the", "this", "those"), a noun owned by a referring
 * pronoun ("its actions"), or an object pronoun ("it", "them"). Left as it is: a neutral stance ("monitoring the
 * situation"), a stance with no object ("protesters rallied", "vowed to retaliate") or with an object that tells its
 * own thing ("condemned violence", "welcomed a ceasefire", "the rule of law"), an attack or a harm ("condemned the
 * bombing": its doer is often unknown), a place, a thing seized or a measure eased. Stateless.
 */
final class UnresolvedReferents {

  private static final List<String> NOUN_OBJECTS = List.of("nmod:of", "nmod:against", "nmod:on");

  /** A verb's object, and the phrases that are the object of verbs of siding and voting ("voted against the plan"). */
  private static final List<String> VERB_OBJECTS = List.of("obj", "obl:against", "obl:with");

  private UnresolvedReferents() {}

  /** Whether the cue takes as its object a thing told before, which names no actor. */
  static boolean refersBack(Graph g, StanceCues.Cue cue) {
    IndexedWord w = cue.head();
    if (cue.stance() == org.crosscheck.Stance.NEUTRAL) {
      // "monitoring the situation": watching or studying is no stance toward a party, whatever the thing watched.
      return false;
    }
    if (g.ctx.start() == 0) {
      // An article's first sentence, or one read alone, tells nothing before it: the reader does not know the thing
      // either, and the stance toward no one named is what the text gives.
      return false;
    }
    if (!cue.nominal() && (g.governs(w, EnglishLexicon.GovernorClass.SEIZE) || EasedMeasures.eases(g, cue))) {
      // "seized the tanker", "eased the curfew": a thing taken or a measure eased, not a party's deed.
      return false;
    }
    List<IndexedWord> objects = g.children(w, (cue.nominal() ? NOUN_OBJECTS : VERB_OBJECTS).toArray(String[]::new));
    return objects.stream().anyMatch(o -> referring(g, o));
  }

  private static boolean referring(Graph g, IndexedWord o) {
    if (g.mentionOf(o) != null) {
      return false;
    }
    String word = o.word().toLowerCase(Locale.ROOT);
    if (g.pos(o).startsWith("PRP") || g.pos(o).equals("DT")) {
      return g.lex.anaphors.containsEntry(word, EnglishLexicon.AnaphorClass.PRONOUN);
    }
    // "condemned the bombing": an attack is often told with no doer anyone knows, and then has no target to find.
    if (!g.pos(o).startsWith("NN") || g.pos(o).startsWith("NNP") || g.attackNoun(o) || Victims.harm(g, o)
        || g.lex.placeNouns.contains(g.lemmaOf(o)) || g.lex.locationNouns.contains(g.lemmaOf(o)) || !bare(g, o)) {
      return false;
    }
    // "that account": the tagger may take a demonstrative for a preposition and the parser hang it as a modifier.
    return g.children(o, "det", "amod").stream().anyMatch(d -> g.lex.anaphors.containsEntry(
            d.word().toLowerCase(Locale.ROOT), EnglishLexicon.AnaphorClass.DETERMINER))
        || OwnedGroups.pronounOwned(g, o);
  }

  /**
   * Whether the noun says no more of its thing than a word or two before it ("the move", "the latest decision"): a
   * phrase, a clause or a count after it tells the thing anew ("the rule of law", "the killings by an armed group",
   * "the curfew in the capital", "the two producers"), and a place is where, not what.
   */
  private static boolean bare(Graph g, IndexedWord o) {
    return g.g.outgoingEdgeList(o).stream().map(Graph::rel).allMatch(r -> r.equals("det") || r.equals("amod")
        || r.equals("compound") || r.equals("nmod:poss") || r.equals("punct") || r.equals("case"));
  }
}
