package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Stance;

/**
 * A stance aimed at people or a body that no rule could name ("accused both sides of war crimes", "accused Western
 * members of ignoring its proposals", "criticised the minister", "accused the group of …") is a stance toward
 * someone: emitted without a target, the claim says its holder took a stance toward no one, which the sentence
 * contradicts, so no claim is given. The object denotes people or a body when it is a plural noun the agent
 * vocabulary knows ({@code group-nouns.tsv} or the agent dictionary: "sides", "members", "officials"), a noun of one
 * person's office ({@code person-nouns.tsv}), a noun of bodies ({@code body-nouns.tsv}: "the group", "the
 * council") or a plural noun of states ({@code pair-nouns.tsv}: "both neighbours", not "the government", the one
 * the article is about); not a place where people live or are ({@code place-nouns.tsv}, {@code location-nouns.tsv}:
 * "attacked three villages" is aimed at a place). The
 * object is a verb's object or its "at" or "against" phrase, or a stance noun's "of", "against" or "on" phrase, and
 * the nouns conjoined with it. Left as it is: a neutral stance, a stance toward a thing or an idea ("condemned the
 * bombing", "supported a negotiated solution"), a counted crowd of victims ("killed 23 people"), a thing taken or a
 * means of force ("seized two tankers", "fired missiles"), one body of a kind ("criticised the army": the reader
 * knows whose), one with no object ("protesters rallied"). Stateless.
 */
final class UnnamedParties {

  private static final String[] NOUN_OBJECTS = {"nmod:of", "nmod:against", "nmod:on"};

  private static final String[] VERB_OBJECTS = {"obj", "obl:at", "obl:against"};

  private UnnamedParties() {}

  /** Whether the cue, which found no target, is aimed at people or a body that no rule named. */
  static boolean aimedAt(Graph g, StanceCues.Cue cue) {
    if (cue.stance() == Stance.NEUTRAL) {
      return false;
    }
    if (!cue.nominal() && (g.governs(cue.head(), EnglishLexicon.GovernorClass.SEIZE) || ForceObjects.means(g, cue))) {
      // "seized two tankers", "fired missiles": the object is a thing taken or the means of force, though the agent
      // vocabulary files ships and weapons with the forces that use them ("Israeli jets struck").
      return false;
    }
    List<IndexedWord> objects = new ArrayList<>();
    for (IndexedWord o : g.children(cue.head(), cue.nominal() ? NOUN_OBJECTS : VERB_OBJECTS)) {
      objects.add(o);
      objects.addAll(g.children(o, "conj:and"));
    }
    return objects.stream().anyMatch(o -> party(g, o));
  }

  private static boolean party(Graph g, IndexedWord o) {
    if (!g.pos(o).startsWith("NN") || g.pos(o).startsWith("NNP") || g.mentionOf(o) != null) {
      return false;
    }
    String lemma = g.lemmaOf(o);
    // "killed 23 people": a counted crowd is the victims of a deed, no party to a stance (CommonNouns#crowd).
    if (g.lex.placeNouns.contains(lemma) || g.lex.locationNouns.contains(lemma) || CommonNouns.crowd(g, o)) {
      return false;
    }
    if (g.lex.pairNouns.get(lemma) == EnglishLexicon.PairClass.STATES) {
      // "marched against the government": one state's government or country is the one the article is about, which
      // the reader knows and the claim's holder often tells ("Bolivian miners"); "both governments" are two unnamed.
      return g.pos(o).equals("NNS");
    }
    // "criticised the army", "sued the company": one body of the agent vocabulary, named by its kind, is often the
    // one of the state or the story the article is about, which the reader knows; a plural ("members", "sides",
    // "groups") is people the sentence leaves unnamed.
    return g.pos(o).equals("NNS") && CommonNouns.sector(g, o).isPresent() || g.lex.personNouns.contains(lemma)
        || g.lex.bodyNouns.containsKey(lemma);
  }
}
