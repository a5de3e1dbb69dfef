package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * An accord is its two sides': after "Armenia and Azerbaijan signed a peace treaty", the next "The EU welcomed the
 * treaty" names neither, yet a reader knows the EU backs both. The article remembers the two sides of the last accord
 * made (a verb of {@code accord-acts.tsv}, MAKE, whose object is a RECALL noun: "signed a treaty with Y", "reached a
 * deal"; or AGREE with a clause: "agreed to restore ties"), told as a claim between two named actors, neither a
 * state's people, that is no opposition. A stance verb toward a bare RECALL noun ("the deal", "this accord"; no
 * possessor, phrase, clause or year saying whose or which it is) in the sentences after it, as far as the reactions a
 * wire story gathers after its lead, takes each side as a target, except the holder's own (an official the catalog
 * ties to no state is taken for one of the state the story was filed from): "the opposition rejected the deal"
 * opposes both the government and the lender it signed with. Stateless; the memory is the article's
 * {@link Discourse}.
 */
final class SignedAccords {

  /** The two sides of the last accord made, and the sentence it was told in. */
  record Accord(ActorRef first, ActorRef second, int sentence) {}

  static final Discourse.Key<Accord> LAST = Discourse.Key.of("english.lastAccord");

  /**
   * How many sentences after the accord a bare noun may still recall it: the reactions a wire story gathers after its
   * lead ("The African Union welcomed the agreement") come a dozen sentences or more after the accord.
   */
  private static final int REACH = 30;
  private static final List<String> POINTING = List.of("the", "this", "that");

  private SignedAccords() {}

  /** Remembers the sides of an accord that the claim of {@code cue} between {@code holder} and {@code target} makes. */
  static void note(Graph g, StanceCues.Cue cue, ActorSpan holder, ActorSpan target, Stance stance) {
    // "reached a deal with Y" may be cued by its verb or by the phrase's noun.
    IndexedWord w = g.pos(cue.head()).startsWith("NN") && g.relToParent(cue.head()).equals("obj")
        ? g.parent(cue.head()) : cue.head();
    EnglishLexicon.AccordClass made = g.lex.accordActs.get(g.lemmaOf(w));
    if (target == null || stance == Stance.OPPOSE || holder.anonymous() || target.anonymous()
        // "agreed to release prisoners, including Sudanese nationals": a state's people are no side to an accord.
        || holder.actor().kind() == ActorKind.GROUP || target.actor().kind() == ActorKind.GROUP
        || !g.pos(w).startsWith("VB")
        || !(made == EnglishLexicon.AccordClass.MAKE && g.children(w, "obj").stream()
                .anyMatch(o -> g.lex.accordActs.get(g.lemmaOf(o)) == EnglishLexicon.AccordClass.RECALL)
            // "Chile and Bolivia agreed to restore ties": what they agreed is the accord a later "the deal" recalls.
            || made == EnglishLexicon.AccordClass.AGREE && !g.children(w, "xcomp").isEmpty())) {
      return;
    }
    int now = g.ctx.discourse().get(CondemnedDeeds.SENTENCES).orElse(0);
    g.ctx.discourse().set(LAST, new Accord(holder.toRef(), target.toRef(), now));
  }

  /** The sides of the accord that the stance verb {@code w} of {@code holders} recalls, or empty. */
  static List<ActorSpan> sides(Graph g, IndexedWord w, List<ActorSpan> holders) {
    Accord last = g.ctx.discourse().get(LAST).orElse(null);
    int now = g.ctx.discourse().get(CondemnedDeeds.SENTENCES).orElse(0);
    if (last == null || holders.isEmpty() || !g.pos(w).startsWith("VB") || now - last.sentence() > REACH
        || g.lex.accordActs.get(g.lemmaOf(w)) == EnglishLexicon.AccordClass.MAKE) {
      return List.of();
    }
    IndexedWord recalled = g.children(w, "obj").stream().filter(o -> recalls(g, o)).findFirst().orElse(null);
    if (recalled == null) {
      return List.of();
    }
    // "DAKAR - … Finance Minister Cheikh Diba welcomed the agreement": an official the catalog ties to no state, in a
    // story filed from a side's state, is that side's own.
    Actor home = holders.stream().anyMatch(h -> untiedOfficial(g, h))
        ? g.ctx.discourse().get(RecalledInstitutions.DATELINE_STATE).map(g.ctx.actors()::actorOf).orElse(null) : null;
    List<ActorSpan> out = new ArrayList<>();
    for (ActorRef side : List.of(last.first(), last.second())) {
      Actor a = g.ctx.actors().actorOf(side);
      if (holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), a))
          && (home == null || !g.ctx.actors().related(a, home))) {
        out.add(ActorSpan.of(g.idx(recalled), g.idx(recalled), a, side.mention()));
      }
    }
    return out;
  }

  /**
   * A person with a title ("Finance Minister X", "President X") the catalog ties to no state, or does not know at all.
   */
  private static boolean untiedOfficial(Graph g, ActorSpan h) {
    ActorKind kind = h.actor().kind();
    if (h.anonymous() || kind != ActorKind.PERSON && kind != ActorKind.ROLE
        && !(kind == ActorKind.UNKNOWN && h.actor().isAdHoc())
        || g.ctx.actors().stateOf(h.actor()).isPresent()) {
      return false;
    }
    for (int k = Math.max(0, h.first() - 3); k <= h.last() && k < g.size(); k++) {
      if (g.lex.personNouns.contains(g.lemma(k))) {
        return true;
      }
    }
    return false;
  }

  /** A bare noun recalling an accord: "the deal", "this treaty"; not "the IMF deal", "the deal with Y". */
  private static boolean recalls(Graph g, IndexedWord o) {
    return g.pos(o).equals("NN") && g.lex.accordActs.get(g.lemmaOf(o)) == EnglishLexicon.AccordClass.RECALL
        && g.children(o, "nmod", "nmod:", "nmod:poss", "acl", "acl:", "appos", "ccomp").isEmpty()
        // "the historic deal", not "the IMF deal" or "the Russian-brokered truce".
        && g.children(o, "compound", "amod").stream().noneMatch(c -> g.namesActor(c) || g.pos(c).startsWith("NNP"))
        // "the 2015 deal" is an older one.
        && g.children(o, "compound", "nummod", "amod").stream().noneMatch(c -> g.pos(c).equals("CD"))
        && g.children(o, "det").stream().anyMatch(d -> POINTING.contains(g.lemmaOf(d)));
  }
}
