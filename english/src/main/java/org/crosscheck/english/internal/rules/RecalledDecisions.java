package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A decision is its maker's: after "Kenya's cabinet decided to extend the ban on Ugandan flights", the next "Uganda
 * condemned the decision" names no one, yet a reader knows whom Uganda condemns. The article remembers the maker of
 * the last act of deciding the text asserts or reports (a verb of {@code decision-acts.tsv}, ACT: "decided",
 * "announced", "proposed", "imposed"), when its holders are one named actor, and the sentence it was told in. A stance
 * verb toward a bare noun recalling a decision (RECALL: "the move", "the plan"; no possessor, phrase or clause saying
 * whose or what it is), or told in a relative clause on one ("The plan, which X opposed, …"), takes that maker as its
 * target, when it is told in one of the next two sentences and every sentence between was read: a sentence about
 * something else between them ("prices rose") may be what "the move" is. A reaction keeps the decision in mind for
 * the sentences after it. An act whose maker is unnamed, or one of several makers, leaves no maker to recall; nor is
 * an actor's own decision, or one of its own side, a stance toward itself. Stateless; the memory is the article's
 * {@link Discourse}.
 */
final class RecalledDecisions {

  /** The maker of the last decision (null when the act had no single named maker), the lemma of its act, its
   * sentence, and the end of the last sentence read since. */
  record Decision(ActorRef maker, String act, int sentence, int readTo) {}

  static final Discourse.Key<Decision> LAST = Discourse.Key.of("english.lastDecision");

  private static final int REACH = 2;

  /**
   * The decisions with one named maker the article told, the latest last (at most {@link #KEPT}): a noun that names
   * its kind of act ("the verdict", "the resolution", "the sanctions") recalls the latest of that kind as far as the
   * reactions a wire story gathers after its lead, whatever was decided or left unread between. An act one of several
   * sides may do alone (SPLIT: "voted against") is not kept: the reactions mean the outcome.
   */
  static final Discourse.Key<List<Decision>> MADE = Discourse.Key.of("english.decisionsMade");

  private static final int KEPT = 8;
  private static final int NAMED_REACH = 30;
  private static final List<String> POINTING = List.of("the", "this", "that", "these", "those", "such");

  private RecalledDecisions() {}

  /** Forgets the decision when a sentence that was not read came between it and this one. */
  static void read(Graph g) {
    Discourse d = g.ctx.discourse();
    Decision last = d.get(LAST).orElse(null);
    if (last == null) {
      return;
    }
    String text = g.article().text();
    int from = Math.min(last.readTo(), g.ctx.start());
    boolean adjacent = text.substring(from, g.ctx.start()).isBlank();
    d.set(LAST, new Decision(adjacent ? last.maker() : null, last.act(), last.sentence(), g.ctx.end()));
  }

  /** Remembers the maker of the acts of deciding the sentence tells, after its claims are read. */
  static void note(Graph g, Map<Integer, SpeechFrames.Frame> frames) {
    List<ActorSpan> makers = new ArrayList<>();
    String act = null;
    boolean undone = false;
    for (int i = 0; i < g.size(); i++) {
      IndexedWord w = g.node(i);
      if (w == null || !act(g, w) || g.children(w, "obj").stream().anyMatch(o -> recalls(g, o, null))
          || reaction(g, w)) {
        // Approving "the plan" is a reaction to a decision, not one of its own.
        continue;
      }
      act = act == null ? listed(g, w) : act;
      List<SpeechFrames.Frame> chain = SpeechFrames.around(i, frames);
      SpeechFrames.Frame frame = chain.isEmpty() ? null : chain.get(0);
      // "had not decided whether to appeal": a decision not made has no maker for a later "the ruling" to name.
      undone |= Negation.negated(g, w, frame);
      makers.addAll(Holders.of(g, w, false, frame));
    }
    if (act == null) {
      return;
    }
    ActorSpan first = makers.isEmpty() ? null : makers.get(0);
    boolean one = !undone && first != null && makers.stream()
        .allMatch(m -> !m.anonymous() && g.ctx.actors().related(m.actor(), first.actor()));
    int now = g.ctx.discourse().get(CondemnedDeeds.SENTENCES).orElse(0);
    g.ctx.discourse().set(LAST, new Decision(one ? first.toRef() : null, act, now, g.ctx.end()));
    if (one && !g.lex.is(act, EnglishLexicon.DecisionClass.SPLIT)) {
      List<Decision> made = new ArrayList<>(g.ctx.discourse().get(MADE).orElse(List.of()));
      made.add(new Decision(first.toRef(), act, now, g.ctx.end()));
      g.ctx.discourse().set(MADE, List.copyOf(made.subList(Math.max(0, made.size() - KEPT), made.size())));
    }
  }

  /**
   * A phrase the parser hangs on the noun that belongs to the verb: "welcomed the proposal in a statement", "the
   * decision on Tuesday", "rejected the move as illegal"; not one naming an actor or a place ("the move in Mali").
   */
  private static boolean misattached(Graph g, IndexedWord noun, IndexedWord c) {
    if (g.children(noun, "nmod:tmod", "acl:as", "nmod:as").contains(c)) {
      // "condemned the move as illegal": what the reaction calls the decision is the verb's, not the noun's.
      return true;
    }
    if (!g.children(noun, "nmod:in").contains(c)) {
      return false;
    }
    Set<Integer> span = new TreeSet<>();
    g.subtree(c, span, 0);
    return span.stream().noneMatch(i -> g.named(i) || g.node(i) != null && g.demonym(g.node(i)) != null);
  }

  /**
   * Whether {@code w} tells an act of deciding: a verb of the list that the sentence asserts or reports ("Ghana
   * announced it would close the border"), not one a plan or a demand only speaks of ("calls for the army to
   * withdraw"), nor one a verb asks of its object ("urged member states to impose sanctions").
   */
  private static boolean act(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("VB") || !g.lex.is(listed(g, w), EnglishLexicon.DecisionClass.ACT)) {
      return false;
    }
    if (g.children(w, "obj").stream()
        .anyMatch(o -> g.lex.allegations.get(g.lemmaOf(o)) == EnglishLexicon.AllegationClass.NOUN)) {
      // "rejected the accusations": answering what is said of oneself decides nothing others react to.
      return false;
    }
    if (g.lemmaOf(w).equals("decide") && g.children(w, "xcomp", "ccomp", "advcl:", "obl:on").isEmpty()) {
      // "Greenland will decide its own future": deciding a matter with no decision told ("to …", "that …", "on …")
      // is no act a later "the plan" recalls.
      return false;
    }
    if (withholds(g, w)) {
      // "confirmed the approval but declined to give details": keeping something back decides nothing.
      return false;
    }
    if (g.lex.dismissalVerbs.contains(g.lemmaOf(w)) && !Dismissals.ofPerson(g, w)) {
      // "dismissed the pardons as a stunt": a rejection, not a removal from office, decides nothing.
      return false;
    }
    if (g.pos(w).equals("VBG") && g.children(w, "aux").isEmpty()) {
      // "ordered the release of Y, ruling that the arrest was unlawful": a participle adds to the decision the
      // sentence tells, and the parser may give it any subject for a maker.
      return false;
    }
    if (g.pos(w).equals("VBN") && g.children(w, "aux", "aux:pass", "cop").isEmpty()) {
      // "does not accept unilateral sanctions imposed by foreign governments": a participle describing a thing tells
      // no act of the sentence's voice, whatever the parse hangs it on.
      return false;
    }
    String up = g.relToParent(w);
    if (up.isEmpty() || up.startsWith("conj") || up.equals("parataxis")) {
      return true;
    }
    IndexedWord p = g.parent(w);
    if (up.equals("xcomp") && p != null && !g.children(p, "obj").isEmpty()) {
      // "urged member states to impose sanctions": what is asked of another is no decision made.
      return false;
    }
    return (up.equals("xcomp") || up.equals("ccomp")) && p != null && (g.isSpeech(p) || act(g, p));
  }

  /** The act the verb {@code w} tells as listed: with its particle where so listed ("struck down"), else its lemma. */
  private static String listed(Graph g, IndexedWord w) {
    for (IndexedWord p : g.children(w, "compound:prt")) {
      String phrase = g.lemmaOf(w) + " " + p.word().toLowerCase(java.util.Locale.ROOT);
      if (g.lex.is(phrase, EnglishLexicon.DecisionClass.ACT)) {
        return phrase;
      }
    }
    return g.lemmaOf(w);
  }

  /** Whether {@code w} refuses to tell: "declined to comment", "declined to give details". */
  private static boolean withholds(Graph g, IndexedWord w) {
    for (IndexedWord x : g.children(w, "xcomp")) {
      if (g.lex.withheldWords.contains(g.lemmaOf(x))
          || g.children(x, "obj").stream().anyMatch(o -> g.lex.withheldWords.contains(g.lemmaOf(o)))) {
        return true;
      }
    }
    return false;
  }

  /** The maker of the decision the stance verb {@code w} of {@code holders} is about, or null. */
  static ActorSpan maker(Graph g, IndexedWord w, List<ActorSpan> holders) {
    if (!g.pos(w).startsWith("VB") || holders.isEmpty()) {
      return null;
    }
    // "welcomed the decision to reopen the border", parsed with the infinitive on the verb: the infinitive still
    // says what the decision is, and so whose it may be.
    List<IndexedWord> controlled = g.children(w, "xcomp").stream()
        .flatMap(x -> g.children(x, "nsubj:xsubj").stream()).toList();
    // "The plan, which the RSF opposed, …": the enhanced graph makes the noun the clause hangs on its object.
    // "reacted with fury to the ruling", "objected to the move": what a reaction is to is recalled too.
    IndexedWord recalled = g.children(w, "obj", "obl:to").stream()
        .filter(o -> recalls(g, o, w) && !controlled.contains(o)).findFirst().orElse(null);
    return recalledMaker(g, recalled, holders);
  }

  /**
   * Whether a rejection is of another's measure ("rejected the fuel price increases"), a reaction, not a decision of
   * its own: only an offer, a proposal or a request rejected ("rejected an offer of troops") is one.
   */
  private static boolean reaction(Graph g, IndexedWord w) {
    return g.lemmaOf(w).equalsIgnoreCase("reject") && g.children(w, "obj").stream()
        .noneMatch(o -> g.lex.intentions.containsKey(g.lemmaOf(o)));
  }

  /** The maker of the decision the noun {@code n} recalls ("The move is illegal"), or null. */
  static ActorSpan makerOf(Graph g, IndexedWord n, List<ActorSpan> holders) {
    return holders.isEmpty() || !recalls(g, n, null) ? null : recalledMaker(g, n, holders);
  }

  private static ActorSpan recalledMaker(Graph g, IndexedWord recalled, List<ActorSpan> holders) {
    Discourse d = g.ctx.discourse();
    Decision last = d.get(LAST).orElse(null);
    int now = d.get(CondemnedDeeds.SENTENCES).orElse(0);
    if (recalled == null) {
      return null;
    }
    if (last == null || last.maker() == null || now - last.sentence() > REACH
        || !g.lex.recallsAct(g.lemmaOf(recalled), last.act())) {
      if (last != null && now - last.sentence() <= REACH && !g.lex.recallsAct(g.lemmaOf(recalled), last.act())) {
        // "rejected the charges …; Y welcomed the ruling": the ruling is another decision, not the one just told.
        d.set(LAST, new Decision(null, last.act(), now, last.readTo()));
      }
      return named(g, recalled, holders, now);
    }
    Actor maker = g.ctx.actors().actorOf(last.maker());
    if (holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), maker))) {
      return null;
    }
    d.set(LAST, new Decision(last.maker(), last.act(), now, last.readTo()));
    return ActorSpan.of(g.idx(recalled), g.idx(recalled), maker, last.maker().mention());
  }

  /**
   * The maker of the latest decision of the kind a noun names ("the verdict": a conviction, a sentence, a ruling)
   * told at most {@link #NAMED_REACH} sentences before, or null; a generic noun ("the move") recalls only the last
   * decision, close by.
   */
  private static ActorSpan named(Graph g, IndexedWord recalled, List<ActorSpan> holders, int now) {
    if (g.lex.recalledActs.get(g.lemmaOf(recalled)).isEmpty()) {
      return null;
    }
    List<Decision> made = g.ctx.discourse().get(MADE).orElse(List.of());
    for (int k = made.size() - 1; k >= 0 && now - made.get(k).sentence() <= NAMED_REACH; k--) {
      Decision m = made.get(k);
      if (g.lex.recallsAct(g.lemmaOf(recalled), m.act())) {
        return made(g, recalled, holders, m.maker());
      }
    }
    return court(g, recalled, holders);
  }

  /**
   * "The High Court struck down the law … Rights groups welcomed the ruling": a court's ruling ("the ruling", "the
   * verdict", "the judgment": a noun that recalls a ruling) is the one court's the article named, however its
   * decision was told (a phrasal verb, a participle, "the justices ruled") and however far back. A court is a body
   * whose name ends in a noun that refers back to it ({@code referring-heads.tsv}) of the judiciary ({@code
   * group-nouns.tsv} JUD). Two courts named leave the ruling to neither.
   */
  private static ActorSpan court(Graph g, IndexedWord recalled, List<ActorSpan> holders) {
    if (!g.lex.recallsAct(g.lemmaOf(recalled), "rule")) {
      return null;
    }
    ActorRef court = TitleReferences.onlyBody(g.ctx.discourse(), head -> {
      String[] listed = g.lex.groupNouns.get(head);
      return listed != null && listed[0].equals("JUD");
    });
    return court == null ? null : made(g, recalled, holders, court);
  }

  /** The maker as the target the noun {@code recalled} stands for, or null when a holder is of the maker's side. */
  private static ActorSpan made(Graph g, IndexedWord recalled, List<ActorSpan> holders, ActorRef by) {
    Actor maker = g.ctx.actors().actorOf(by);
    return holders.stream().anyMatch(h -> g.ctx.actors().related(h.actor(), maker)) ? null
        : ActorSpan.of(g.idx(recalled), g.idx(recalled), maker, by.mention());
  }

  /**
   * A bare noun recalling a decision: "the move", "this step", "the unprecedented decision"; not "Kenya's decision",
   * "the decision to close …", "the plan for Gaza", "any decision". Its relative clause {@code own} may hang on it.
   * A name or demonym before the noun ("the Kenyan move") is the target already, by the noun's own rules.
   */
  private static boolean recalls(Graph g, IndexedWord o, IndexedWord own) {
    if (o == null || !g.pos(o).startsWith("NN") || !g.lex.is(g.lemmaOf(o), EnglishLexicon.DecisionClass.RECALL)
        || g.children(o, "det").stream().noneMatch(d -> POINTING.contains(g.lemmaOf(d)))) {
      return false;
    }
    for (IndexedWord c : g.children(o, "nmod", "nmod:", "acl", "acl:", "appos", "ccomp", "nummod")) {
      if (!c.equals(own) && !misattached(g, o, c)) {
        return false;
      }
    }
    return true;
  }
}
