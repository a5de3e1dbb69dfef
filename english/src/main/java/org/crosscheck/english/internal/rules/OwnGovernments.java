package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.english.internal.rules.EnglishLexicon.InstitutionClass;
import org.crosscheck.spi.ActorSpan;

/**
 * "South Korea's main opposition party accused the government of …", "Kenya's opposition leader said the
 * government had rigged the vote": a government no name or owner makes anyone's ({@code institution-nouns.tsv}
 * GOVERNMENT: "the government", "the new government") that holders of one state take a stance toward is that
 * state's own government, whichever state's government the article named last or filed from, when the holders
 * belong to the state without speaking for any government (a party, an opposition figure, a union, a group of the
 * state's people). A holder that is a state or speaks for a government, an international body or an office
 * ("Lavrov accused the government …") says nothing of whose, and this rule gives nothing, as it does for holders of
 * no state or of two, and for governments in the plural; unless the holder's own words make it the opposition,
 * the catalog filing many an opposition leader under a government he once served in. A party named by its members
 * ({@link PartyNames}: "the Conservatives", "Republican lawmakers") belongs to the state the story was filed from.
 * Stateless.
 */
final class OwnGovernments {

  /** Kinds of holder that speak for a state or beyond it, whose "the government" may be any state's. */
  private static final Set<ActorKind> OFFICIAL = Set.of(ActorKind.GOVERNMENT, ActorKind.INTERNATIONAL_BODY,
      ActorKind.ROLE);

  private OwnGovernments() {}

  /** The own government of the holders' state that the bare government noun {@code c} stands for, or null. */
  static ActorSpan at(Graph g, IndexedWord c, List<ActorSpan> holders) {
    if (holders.isEmpty() || g.lex.institutionNouns.get(g.lemmaOf(c)) != InstitutionClass.GOVERNMENT
        || !g.pos(c).equals("NN") || !g.children(c, "nmod:poss", "nmod:of", "nmod:in", "compound").isEmpty()) {
      return null;
    }
    Actor state = null;
    for (ActorSpan h : holders) {
      Actor s = h.anonymous() || official(g, h.actor()) && !opposition(g, h) ? null : stateOf(g, h.actor());
      if (s == null && !h.anonymous() && PartyNames.party(g, h.actor())) {
        // "LONDON - … The Conservatives accused the government": a party the text gives no state is the home one's.
        s = g.ctx.discourse().get(RecalledInstitutions.DATELINE_STATE).map(g.ctx.actors()::actorOf).orElse(null);
      }
      if (s == null || state != null && !state.id().equals(s.id())) {
        return null;
      }
      state = s;
    }
    Actor own = g.ctx.actors().composite(state, "GOV").orElse(null);
    return own == null ? null : ActorSpan.of(g.idx(c), g.idx(c), own, c.word());
  }

  /** Whether the actor is a state, or it or a body it belongs to speaks for a government or beyond a state. */
  private static boolean official(Graph g, Actor actor) {
    if (actor.kind() == ActorKind.STATE) {
      return true;
    }
    for (String id : g.ctx.actors().chain(actor)) {
      Actor a = id.equals(actor.id()) ? actor : g.ctx.actors().catalog().actor(id).orElse(null);
      if (a != null && OFFICIAL.contains(a.kind())) {
        return true;
      }
    }
    return false;
  }

  /** The state the actor or a body up its chain belongs to, by chain or by a sector's code ("KOROPP"). */
  private static Actor stateOf(Graph g, Actor actor) {
    for (String id : g.ctx.actors().chain(actor)) {
      Actor a = id.equals(actor.id()) ? actor : g.ctx.actors().catalog().actor(id).orElse(null);
      Actor s = a == null ? null : OwnPeople.stateOf(g, a);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /**
   * Whether the holder's own words make it the opposition ("Kenya's opposition leader Raila Odinga"): the catalog
   * may still file a person under a government he served in once.
   */
  private static boolean opposition(Graph g, ActorSpan h) {
    for (int k = Math.max(0, h.first()); k <= h.last(); k++) {
      if (g.ctx.actors().agentSector(g.lemma(k)).filter("OPP"::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
