package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Stance;

/**
 * Endorsing a measure against someone is opposing them: "Poland backed sanctions on Belarus", "Canada welcomed new
 * sanctions on Iran", "praised the crackdown on the protesters" are each OPPOSE toward whom the measure is on, not
 * support. The measure is a noun of opposition ({@code stance-nouns.tsv}, OPPOSE: sanctions, strikes, a blockade) or of
 * harm ({@code harm-nouns.tsv}: "welcomed the arrest of Y") as the direct object of a verb of support; whom it is on is
 * its "on" or "against" phrase (or the verb's own, where the parser hangs it there), or the "of" phrase of a harm, or
 * the person who owns it ("approved Sethi's extradition", {@link Victims}). A measure with a doer of its own ("endorsed
 * Israel's strikes on Y", "the sanctions imposed by the EU") stays support of that doer, which the measure's own noun
 * reads as opposition toward Y. Undoing a measure ("lifted the sanctions on Y") is no endorsement of it. A measure
 * given to someone is on them whoever gave it ("backed the ban handed to Y by X" is OPPOSE Y), and so is its giving ("X
 * handed the ban to Y", {@link GivenMeasures}). Stateless.
 */
final class Endorsements {

  private static final List<String> ON = List.of("nmod:on", "nmod:against", "nmod:upon");
  private static final List<String> VERB_ON = List.of("obl:on", "obl:against", "obl:upon");
  private static final List<String> DOER = List.of("nmod:poss", "nmod:by", "acl");

  private Endorsements() {}

  /** The stance of the verb {@code w} read with {@code stance}: OPPOSE when it endorses a measure against someone. */
  static Stance stance(Graph g, IndexedWord w, Stance stance) {
    if (stance == Stance.OPPOSE && !BlockedMeasures.on(g, w).isEmpty()) {
      return Stance.SUPPORT;
    }
    return stance == Stance.SUPPORT && !on(g, w).isEmpty() ? Stance.OPPOSE : stance;
  }

  /** Whom the measure the verb {@code w} endorses is on; empty when {@code w} endorses no measure. */
  static List<IndexedWord> on(Graph g, IndexedWord w) {
    // "refused to lift its ban on Y": a measure undone is support of whom it was on (UNDO, Targets).
    if (!g.pos(w).startsWith("VB") || g.lex.stanceVerbs.get(g.lemmaOf(w)) != Stance.SUPPORT
        || g.governs(w, EnglishLexicon.GovernorClass.UNDO)) {
      return List.of();
    }
    List<IndexedWord> given = GivenMeasures.givenTo(g, w);
    if (!given.isEmpty()) {
      return given;
    }
    List<IndexedWord> out = new ArrayList<>(GivenMeasures.misreadRecipients(g, w));
    for (IndexedWord object : g.children(w, "obj")) {
      // "approved a package of sanctions on Y": the package is the sanctions.
      IndexedWord o = Measures.contents(g, object);
      // "supports the ban handed to Y by X": whom a measure is given to, not its giver, is whom it is on.
      List<IndexedWord> to = GivenMeasures.recipients(g, o);
      if (!to.isEmpty()) {
        out.addAll(to);
        continue;
      }
      out.addAll(measureOn(g, w, object, o));
    }
    return out;
  }

  /**
   * Whom the measure {@code o} (the contents of the verb's object {@code object}) is on: its "on"/"against" phrase,
   * the verb's own, or the "of" phrase of a harm; empty when it is no measure or has a doer of its own.
   */
  static List<IndexedWord> measureOn(Graph g, IndexedWord w, IndexedWord object, IndexedWord o) {
    List<IndexedWord> out = new ArrayList<>();
    boolean harm = g.lex.harmNouns.contains(g.lemmaOf(o));
    // "approved Sethi's extradition": a person owning a harm undergoes it (Victims), he does not do it.
    List<IndexedWord> victims = harm ? g.children(o, "nmod:poss").stream().filter(p -> Victims.possessor(g, o, p))
        .toList() : List.of();
    if (!g.pos(o).startsWith("NN") || g.children(o, DOER).stream().anyMatch(d -> !victims.contains(d))) {
      return out;
    }
    if (harm || g.lex.stanceNouns.get(g.lemmaOf(o)) == Stance.OPPOSE) {
      out.addAll(g.children(o, ON));
      if (o != object) {
        out.addAll(g.children(object, ON));
      }
      out.addAll(g.children(w, VERB_ON));
      if (harm) {
        out.addAll(g.children(o, "nmod:of"));
        out.addAll(victims);
      }
    }
    return out;
  }
}
