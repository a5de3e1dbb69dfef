package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.EventCode;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A condemned attack is its doer's: after "Israel carried out air strikes on Gaza", the next "Hamas condemned the
 * strikes" names no one, yet a reader knows whom Hamas condemns. The article remembers the doer of the last act of
 * force (a claim whose CAMEO event is an assault, a fight or mass violence, codes 18–20, or whose cue is a noun of
 * attack, {@code attack-nouns.tsv}) or show of military power (code 150: "staged drills near Y") and the sentence
 * it was told in. A stance against a bare noun of that deed in that sentence or the next two ("the attack", "the
 * strikes"; no possessor, modifier, phrase or restrictive relative clause saying whose, on whom, where or which)
 * takes that doer as its target, unless the holder is on the doer's side; further on, the noun recalls the first deed
 * the article told, the lead's, which the condemnations gathered after it mean, whatever reprisals or older attacks
 * were told in between. A noun of attack recalls an act of force, a noun of a show of force ("the drills", {@code
 * shown-force-nouns.tsv}) a show, and a launch or a test either. An aspect of the deed stands for it ("the timing of
 * the raids", {@code deed-aspects.tsv}). A deed recalled stays in mind for the sentences after the one that recalls
 * it ("Tokyo condemned the launch … Washington condemned the launch"). Other older acts are not recalled: an act the
 * rules could not give a doer may have come between. An act that turns back an attack ("shot down the missiles",
 * {@code defence-acts.tsv}) is the defender's, not a deed in mind: the attack it answers stays the one recalled.
 * Stateless; the memory is the article's {@link Discourse}.
 */
final class CondemnedDeeds {

  /** The doer of the last act or show of force, the sentence it was told in, and whether a show. */
  record Deed(ActorRef doer, int sentence, boolean show) {
    Deed(ActorRef doer, int sentence) {
      this(doer, sentence, false);
    }
  }

  static final Discourse.Key<Deed> LAST = Discourse.Key.of("english.lastDeed");
  static final Discourse.Key<Integer> SENTENCES = Discourse.Key.of("english.sentencesRead");

  private static final int REACH = 2;

  /**
   * The first act of force the article told: the one its lead reports and the condemnations gathered after it recall
   * ("The AU condemned the attack"), many sentences on and after reprisals or older attacks told in between.
   */
  static final Discourse.Key<Deed> FIRST = Discourse.Key.of("english.firstDeed");

  /** How many sentences read after the first deed the condemnations gathered after the lead may still recall it. */
  private static final int LEAD_REACH = 30;
  private static final Set<String> FORCE = Set.of("18", "19", "20");
  /**
   * CAMEO's code of a show of military power (drills, exercises), not of an alert raised or forces mobilised (151–154,
   * "put its forces on alert"), which "the drills" do not recall: a structure of the dictionary.
   */
  private static final String SHOW = "150";
  private static final List<String> POINTING = List.of("the", "this", "these", "those");

  private CondemnedDeeds() {}

  /** Counts a sentence read, for the reach of the memory. */
  static void read(Graph g) {
    Discourse d = g.ctx.discourse();
    d.set(SENTENCES, d.get(SENTENCES).orElse(0) + 1);
  }

  /** Remembers the holder of an act or a show of force. */
  static void note(Graph g, StanceCues.Cue cue, ActorSpan holder, Optional<EventCode> event) {
    boolean force = cue.nominal() ? g.attackNoun(cue.head())
        : event.filter(e -> e.code().length() >= 2 && FORCE.contains(e.code().substring(0, 2))).isPresent();
    boolean show = !cue.nominal() && event.filter(e -> e.code().startsWith(SHOW)).isPresent();
    if ((force || show) && !holder.anonymous() && !defence(g, cue)) {
      Discourse d = g.ctx.discourse();
      d.set(LAST, new Deed(holder.toRef(), d.get(SENTENCES).orElse(0), show));
      if (d.get(FIRST).isEmpty()) {
        d.set(FIRST, new Deed(holder.toRef(), d.get(SENTENCES).orElse(0), show));
      }
    }
  }

  /**
   * Whether the cue turns back someone else's attack ({@code defence-acts.tsv}: "shot down the missiles"): its doer is
   * the one attacked, and the attack in mind stays the one it answers.
   */
  private static boolean defence(Graph g, StanceCues.Cue cue) {
    IndexedWord v = cue.head();
    return !cue.nominal() && g.verbIn(v, g.lex.defenceActs);
  }

  /** The doer of the act of force the verb {@code w} takes as "the attack", or null. */
  static ActorSpan doer(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB")) {
      return null;
    }
    return doerOf(g, g.children(w, "obj"), holders);
  }

  /** The doer of the act of force one of the nouns {@code nouns} recalls ("the strikes"), or null. */
  static ActorSpan doerOf(Graph g, List<IndexedWord> nouns, List<ActorSpan> holders) {
    if (holders.isEmpty()) {
      return null;
    }
    Deed last = g.ctx.discourse().get(LAST).orElse(null);
    int now = g.ctx.discourse().get(SENTENCES).orElse(0);
    if (last == null || now - last.sentence() > REACH) {
      // Far from the last deed, a reaction recalls the lead's.
      last = g.ctx.discourse().get(FIRST).filter(f -> now - f.sentence() <= LEAD_REACH).orElse(null);
    }
    if (last == null) {
      return null;
    }
    IndexedWord deed = null;
    for (IndexedWord o : nouns) {
      IndexedWord d = recalls(g, o, last, false) ? o : aspectOf(g, o, last);
      if (d != null) {
        deed = d;
        break;
      }
    }
    if (deed == null) {
      return null;
    }
    Actor doer = g.ctx.actors().actorOf(last.doer());
    if (holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), doer))) {
      return null;
    }
    // The deed is in mind again: the next sentences may recall it too.
    g.ctx.discourse().set(LAST, new Deed(last.doer(), now, last.show()));
    return ActorSpan.of(g.idx(deed), g.idx(deed), doer, last.doer().mention());
  }

  /** The deed an aspect noun as object stands for ("the timing of the raids"), or null. */
  private static IndexedWord aspectOf(Graph g, IndexedWord o, Deed last) {
    if (!g.pos(o).startsWith("NN") || !g.lex.deedAspects.contains(g.lemmaOf(o).toLowerCase(java.util.Locale.ROOT))
        || !g.children(o, "nmod:poss", "amod", "compound").isEmpty()) {
      return null;
    }
    boolean pointed = pointed(g, o);
    return g.children(o, "nmod:of").stream().filter(d -> recalls(g, d, last, pointed)).findFirst().orElse(null);
  }

  /**
   * Whether the noun {@code o} recalls the remembered deed: a bare noun of its kind, pointed at ("the strikes"), or
   * standing in an aspect that is ({@code pointedBefore}: "the wave of strikes").
   */
  private static boolean recalls(Graph g, IndexedWord o, Deed last, boolean pointedBefore) {
    if (!g.pos(o).startsWith("NN") || !(pointedBefore || pointed(g, o))) {
      return false;
    }
    List<IndexedWord> compounds = g.children(o, "compound");
    String lemma = g.lemmaOf(o).toLowerCase(java.util.Locale.ROOT);
    EnglishLexicon.ShownForceClass shown = g.lex.shownForceNouns.get(lemma);
    if (shown == null && compounds.size() == 1) {
      shown = g.lex.shownForceNouns.get(g.lemmaOf(compounds.get(0)).toLowerCase(java.util.Locale.ROOT) + " " + lemma);
      compounds = shown == null ? compounds : List.of();
    }
    boolean kind = shown == EnglishLexicon.ShownForceClass.LAUNCH
        || shown == EnglishLexicon.ShownForceClass.SHOW && last.show()
        || shown == null && !last.show() && g.attackNoun(o);
    return kind && compounds.isEmpty()
        && g.children(o, "nmod:poss", "nmod:of", "nmod:by", "nmod:on", "nmod:against", "nmod:in", "acl",
            "amod").isEmpty()
        && (g.children(o, "acl:relcl").isEmpty() || aside(g, o));
  }

  /**
   * Whether the noun's relative clause is set off by a comma ("the raids, which came a day before talks"): it tells
   * more of the deed in mind; one without ("the raids that killed ten") picks out other deeds.
   */
  private static boolean aside(Graph g, IndexedWord o) {
    int next = g.idx(o) + 1;
    return next < g.size() && g.toks.get(next).word().equals(",");
  }

  private static boolean pointed(Graph g, IndexedWord o) {
    return g.children(o, "det").stream().anyMatch(d -> POINTING.contains(g.lemmaOf(d)));
  }
}
