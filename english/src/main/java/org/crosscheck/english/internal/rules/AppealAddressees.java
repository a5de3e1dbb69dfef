package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;

/**
 * An appeal to a named party to act ({@code appeal-addressees.tsv}: "urged Burundi and Rwanda to resolve their
 * differences", "asked Qatar to mediate") is the asker's NEUTRAL contact with the one asked: it calls on them without
 * taking a side. An appeal to undo what the one asked does ({@code pressing-acts.tsv}: "urged Y to reverse the
 * suspension", "to withdraw its forces", "to reconsider") presses them, and opposes them. What the act asked for says
 * of a third party is the asker's own stance toward that party ({@link Appeals}), and says nothing of the one asked.
 * Only with an act asked for (an infinitive or a reported clause) and a party the sentence names: an appeal to no one,
 * to a description no rule resolves ("urged both sides to …"; "both governments" is the two states named before it,
 * {@link Pairs}), to a group only described or to a people ("urged the
 * protesters to …", "urged all Zambians to …") is no claim. Stateless.
 */
final class AppealAddressees {

  private AppealAddressees() {}

  /** Whether the verb {@code w} asks an act of a party it names. */
  static boolean asks(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (acts(g, w).isEmpty()) {
      return false;
    }
    // The asker is not one of the two "both governments" stands for; its holders are read only for such a noun.
    List<IndexedWord> asked = asked(g, w);
    List<ActorSpan> askers =
        holders.isEmpty() && asked.stream().anyMatch(a -> g.lex.pairNouns.containsKey(g.lemmaOf(a)))
            ? Holders.of(g, w, false, null) : holders;
    return asked.stream().anyMatch(a -> named(g, a, askers));
  }

  /**
   * Whether the one asked is an actor the sentence names: a catalog actor or a name, not a group only described
   * ("urged the protesters to remain calm", "called on the international community") nor a people ("urged all
   * Zambians to respect the ruling": its members, not its state).
   */
  private static boolean named(Graph g, IndexedWord a, List<ActorSpan> holders) {
    if (!Pairs.at(g, a, holders).isEmpty()) {
      // "urged both governments to pull back": the two states named just before.
      return true;
    }
    ActorSpan t = Targets.in(g, a, 0, holders);
    return t != null && (!t.actor().isAdHoc() || g.mentionOf(a) != null)
        && !(g.pos(a).endsWith("S") && g.demonym(a) != null);
  }

  /**
   * The parties the verb {@code w} asks, by the relation its entry names ("urge" its object, "call" its "on"), or
   * the entry of the verb with its particle ("call on": its object).
   */
  static List<IndexedWord> asked(Graph g, IndexedWord w) {
    String rel = g.lex.appealAddressees.get(g.lemmaOf(w));
    for (IndexedWord p : g.children(w, "compound:prt")) {
      // "called on Russia to end …", which the parser may read as "call on" taking Russia as its object.
      rel = g.lex.appealAddressees.getOrDefault(g.lemmaOf(w) + " " + g.lemmaOf(p), rel);
    }
    return rel == null ? List.of() : g.children(w, rel);
  }

  /**
   * The asker's stance toward those {@code w} asks: OPPOSE when an act asked, or one joined to it, undoes one party's
   * own; SUPPORT when it carries that course on or steps it up ("urged Washington to go further"); else NEUTRAL.
   * An appeal to two parties at once to stop or refrain ("urged India and Pakistan to refrain from escalation", "urged
   * the two neighbours to pull back") is a mediator's even-handed call, and presses neither.
   */
  static Stance stance(Graph g, IndexedWord w) {
    if (!oneAsked(g, w)) {
      return Stance.NEUTRAL;
    }
    List<IndexedWord> acts = acts(g, w).stream().flatMap(a -> g.withConjuncts(a).stream()).toList();
    // "urged Jakarta to treat the fishermen humanely and to release them": any act asked may undo the party's own.
    if (acts.stream().anyMatch(a -> g.lex.pressingActs.contains(g.lemmaOf(a)))) {
      return Stance.OPPOSE;
    }
    // "welcomed the sanctions but urged Washington to go further": the party's own course, asked for more of; so is
    // what the asker has just approved ("welcomed the decision but urged the IOC to …", QualifiedWelcomes).
    return acts.stream().anyMatch(a -> encouraged(g, a)) || QualifiedWelcomes.qualify(g, w) ? Stance.SUPPORT
        : Stance.NEUTRAL;
  }

  /** Whether {@code w} asks one party, not two at once ("urged India and Pakistan", "urged both governments"). */
  static boolean oneAsked(Graph g, IndexedWord w) {
    List<IndexedWord> asked = asked(g, w);
    // The holders are read only when a noun of two states may be among those asked.
    List<ActorSpan> askers = asked.stream().anyMatch(a -> g.lex.pairNouns.containsKey(g.lemmaOf(a)))
        ? Holders.of(g, w, false, null) : List.of();
    return asked.stream().allMatch(a -> g.children(a, "conj:").isEmpty() && Pairs.at(g, a, askers).isEmpty());
  }

  /** Whether the act carries on or steps up a course ({@code encouraged-acts.tsv}): "go further", "hold firm". */
  private static boolean encouraged(Graph g, IndexedWord a) {
    String lemma = g.lemmaOf(a);
    return g.lex.encouragedActs.contains(lemma) || g.children(a, "advmod", "xcomp", "compound:prt", "obj").stream()
        .anyMatch(c -> g.lex.encouragedActs.contains(lemma + " " + g.lemmaOf(c).toLowerCase(java.util.Locale.ROOT)));
  }

  /** The acts {@code w} asks for: its infinitive or reported clause. */
  private static List<IndexedWord> acts(Graph g, IndexedWord w) {
    return g.children(w, "xcomp", "ccomp", "advcl:to");
  }
}
