package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * An act done to "him", "her" or to a person named only by an office ("the governor", "the minister",
 * {@code person-nouns.tsv}) is done to a person: when no name stands for that person, the act has no named target,
 * and no other actor of the sentence takes the person's place. "Police detained the mayor, prompting his party to
 * expel him" is no stance of the party toward the police, either as the one other actor or as the doer of what
 * prompted it ({@link Provocations}); "X came to the minister's defence, calling Y's charges a farce" is no
 * defence of Y. The person is the cue's object or whose the noun of a phrase cue is ("came to the defence of the
 * governor"). Stateless.
 */
final class PersonObjects {

  private PersonObjects() {}

  /** Whether the cue is done to a person whom no actor of the sentence names. */
  static boolean of(Graph g, IndexedWord cue) {
    List<IndexedWord> people = new ArrayList<>(g.children(cue, "obj"));
    for (IndexedWord o : g.children(cue, "obl:to")) {
      people.addAll(g.children(o, "nmod:poss", "nmod:of"));
    }
    return people.stream().anyMatch(p -> g.pos(p).equals("PRP") && p.word().matches("(?i)him|her")
        || g.pos(p).equals("NN") && g.lex.personNouns.contains(g.lemmaOf(p))
            && Antecedents.resolve(g, p, null) == null);
  }
}
