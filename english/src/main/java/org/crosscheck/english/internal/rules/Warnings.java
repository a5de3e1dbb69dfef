package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * A verb of warning ({@code warning-verbs.tsv}) is a stance only when it names a party or a measure it is aimed at:
 * whom it warns ("Serbia warned Kosovo against …"), the act it warns against ("warned against any annexation"), the
 * actor its "of"/"about" phrase names ("warned of the group"), the actor or the measure (a stance noun) its clause is
 * about ("warned that Washington was stoking tension", "warned that a blockade would harm the region"), the warner's
 * own hostile act ("warned that it would block Y"), or the actor a threat's condition names ({@link Conditions}). A
 * warning of a danger ("warned of severe floods"), about the warner's own side or a thing ("warned that its troops
 * could not remain", "warned that inflation could rise"), or to the warner's own people ("warned its citizens against
 * travelling to Y", "warned Kenyan citizens …", {@link OwnPeople}) is news, not opposition to anyone. A warning to
 * someone to do something ("warned Y to respect Z's rights") asks it of them, as a verb of asking does ({@link
 * #asksOf}): Y is not said to respect Z. Stateless.
 */
final class Warnings {

  private Warnings() {}

  /**
   * The "about" or "of" phrases of a verb of warning that name a party ("warned the UN about Somalia's plans"): the
   * one warned is then only told, and the party it is about is whom the warning is aimed at. Empty otherwise.
   */
  static List<IndexedWord> aboutParty(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB") || !g.lex.warningVerbs.contains(g.lemmaOf(w)) || g.children(w, "obj").isEmpty()) {
      return List.of();
    }
    return g.children(w, "obl:of", "obl:about").stream().filter(x -> Targets.in(g, x, 0, holders) != null).toList();
  }

  /** Whether the cue is a verb of warning aimed at no party, which makes no claim. */
  static boolean idle(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB") || !g.lex.warningVerbs.contains(g.lemmaOf(w))
        || !Conditions.targets(g, w, holders).isEmpty()) {
      return false;
    }
    // "warned of the Prince", "complained over Y's air raids": a party it is about, however the rest is parsed.
    List<IndexedWord> about = g.children(w, "obl:of", "obl:about", "obl:over", "advcl:of", "advcl:about");
    if (about.stream().anyMatch(x -> Targets.in(g, x, 0, holders) != null)) {
      return false;
    }
    List<IndexedWord> warned = g.children(w, "obj", "iobj");
    if (!warned.isEmpty()) {
      // Whom it warns: a party, not the warner's own citizens or the public; "warned it would …" is often parsed with
      // the pronoun as the object, and a pronoun stands for a party all the same.
      return warned.stream().noneMatch(o -> party(g, o, holders)
          || g.lex.is(o.word(), EnglishLexicon.PronounClass.REFERRING));
    }
    List<IndexedWord> clauses = g.children(w, "ccomp");
    if (!clauses.isEmpty()) {
      // "warned that a blockade would harm the region": a measure someone takes (a stance noun) is warned against.
      return clauses.stream().noneMatch(c -> g.children(c, "nsubj", "nsubj:pass").stream()
          .anyMatch(s -> Targets.in(g, s, 0, holders) != null || ownAct(g, c, s, holders)
              || g.pos(s).startsWith("NN") && g.lex.stanceNouns.containsKey(g.lemmaOf(s))));
    }
    // "warned of a shortfall", "warned about the risks": a danger, named with no one it is aimed at.
    return !about.isEmpty();
  }

  /** Whether the one warned is a party: an actor, but not the warner's own people ("Kenyan citizens", OwnPeople). */
  private static boolean party(Graph g, IndexedWord warned, List<ActorSpan> holders) {
    ActorSpan t = Targets.in(g, warned, 0, holders);
    return t != null && !OwnPeople.ofAny(g, holders, t);
  }

  /**
   * "Turkey warned that it would block Y", "… that it would not tolerate Z troops": a clause whose subject is the
   * warner itself, with a stance verb or an object naming another actor, is the warner's threat of its own act; not
   * "warned that it could not keep its soldiers there", an act on its own side.
   */
  private static boolean ownAct(Graph g, IndexedWord clause, IndexedWord subject, List<ActorSpan> holders) {
    if (!g.lex.stanceVerbs.containsKey(g.lemmaOf(clause))
        && g.children(clause, "obj").stream().noneMatch(o -> Targets.in(g, o, 0, holders) != null)) {
      return false;
    }
    ActorSpan m = g.mentionOf(subject);
    return m == null ? g.lex.is(subject.word(), EnglishLexicon.PronounClass.REFERRING)
        : holders.stream().anyMatch(h -> h.actor().id().equals(m.actor().id()));
  }

  /** Whether {@code w} is a verb of warning, whose infinitive asks an act of the one warned ("warned Y to …"). */
  static boolean asksOf(Graph g, IndexedWord w) {
    return g.lex.warningVerbs.contains(g.lemmaOf(w));
  }
}
