package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.spi.ActorSpan;

/**
 * "Hezbollah said its fighters had shelled …", "Russia said its troops repelled …": a group noun whose owner is a
 * possessive pronoun belongs to the name before it in the sentence, as "Hezbollah fighters" and
 * "Russian troops" do; without it the group was "its fighters", an actor of its own. Only a state or an
 * organisation owns a group so ({@link CommonNouns}); a person's ("his supporters") stays a group of its own. So
 * does a noun that refers back to a group: "the group's spokesman" after "the Houthis" is the Houthis'
 * ({@link Antecedents#body(Graph, IndexedWord, boolean)}). And so does the relative "whose" the name before it: in
 * "Uganda, whose troops fought beside Y" the troops are Uganda's. Stateless.
 */
final class OwnedGroups {

  private OwnedGroups() {}

  /** The actor the possessive pronoun or referring noun {@code m} before a group noun stands for, or null. */
  static ActorSpan owner(Graph g, IndexedWord m) {
    if (g.relToParent(m).equals("nmod:poss") && g.pos(m).equals("NN")) {
      // "the group's spokesman": the body the noun refers back to.
      return Antecedents.body(g, m, true);
    }
    if (g.pos(m).equals("WP$")) {
      // "Uganda, whose troops fought beside Y": the name the relative clause is about, right before it.
      int k = g.idx(m) - 1;
      if (k > 0 && g.toks.get(k).word().equals(",")) {
        k--;
      }
      ActorSpan antecedent = k < 0 ? null : g.mentionAt(k);
      return antecedent == null || antecedent.anonymous() ? null : antecedent.at(g.idx(m));
    }
    if (!g.pos(m).equals("PRP$") || !g.lex.is(m.word(), EnglishLexicon.PronounClass.POSSESSIVE)) {
      return null;
    }
    ActorSpan absolute = absoluteOwner(g, m);
    if (absolute != null) {
      return absolute;
    }
    // "X, which hosted Y, said its minister …": the speaker of the reported clause (ReportedOwners).
    ActorSpan speaker = ReportedOwners.speaker(g, m);
    if (speaker != null) {
      return speaker;
    }
    // The nearest name before it, as for any possessive (Antecedents), but not through the clause's subject: that
    // subject may be the group noun itself ("their troops"), which would ask for its owner again.
    for (int k = g.idx(m) - 1; k >= 0; k--) {
      ActorSpan before = g.mentionAt(k);
      if (before != null && !before.anonymous()) {
        return before.at(g.idx(m));
      }
    }
    return null;
  }

  /**
   * "Turkey, Azerbaijan's closest ally, condemned it, with its foreign ministry accusing Y": the group noun is the
   * subject of an absolute clause of "with", which adds to what the main clause's subject did; the possessive is that
   * subject's when it is a name, not the nearer name inside its apposition. Null otherwise.
   */
  private static ActorSpan absoluteOwner(Graph g, IndexedWord m) {
    IndexedWord noun = g.parent(m);
    IndexedWord verb = noun == null ? null : g.parent(noun);
    if (verb == null || !g.relToParent(noun).startsWith("nsubj") || !g.relToParent(verb).equals("advcl:with")) {
      return null;
    }
    IndexedWord main = g.parent(verb);
    for (IndexedWord s : main == null ? java.util.List.<IndexedWord>of() : g.children(main, "nsubj")) {
      ActorSpan named = g.mentionOf(s);
      if (named != null && !named.anonymous() && named.last() < g.idx(m)) {
        return named.at(g.idx(m));
      }
    }
    return null;
  }

  /**
   * Whether the noun {@code w} is owned by a possessive pronoun ("its members", "their supporters"): named as the doer
   * of a deed or the maker of a protest inside the holder's own clause ("said it would consider a strike by all its
   * members"), such a group is the holder's own people acting with it, not a party its stance is toward; so is a
   * group or a thing so owned in the holder's own phrase ("withdraw its troops", "its agreements with Y").
   */
  static boolean pronounOwned(Graph g, IndexedWord w) {
    return g.children(w, "nmod:poss").stream()
        .anyMatch(p -> g.lex.is(p.word(), EnglishLexicon.PronounClass.POSSESSIVE));
  }
}
