package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;

/**
 * A vote that names no text is cast on the text last put to the vote: after "The bill, drafted by the government,
 * passed by 230 votes to 190", the next "The Greens voted against" names nothing, yet a reader knows it opposes the
 * government. A parliament story tells the text and its author first and then how each party voted, in the same
 * sentence ("The amendment, proposed by President X, passed 60-40, with Y voting in favour") or the next few. The article
 * remembers the authors of the last text of {@code vote-documents.tsv} whose author a sentence names (by a possessor,
 * a hyphen, a compound or a "by" agent: {@link VotedTexts#writtenBy}). A vote with no object ("voted against",
 * "voting in favour"), or whose object only points back ("voted against it", "voted for the bill": a bare text with
 * nothing saying whose), takes those authors as its targets: the text of its own sentence first, else the one
 * remembered within {@link #REACH} sentences read. The voter's own side is no target: a ruling party voting for its
 * government's bill backs no one new. Stateless; the memory is the article's {@link Discourse}.
 */
final class UnnamedVotes {

  /**
   * The authors of the last text put to the vote whose authors were named, the noun it was named by ("bill",
   * "resolution"), and the sentence it was told in.
   */
  record Text(List<ActorRef> authors, String noun, int sentence) {
    Text {
      authors = List.copyOf(authors);
    }
  }

  static final Discourse.Key<Text> LAST = Discourse.Key.of("english.lastVotedText");

  /** The vote comes in the lines after the text: who voted for and against, then the reactions. */
  private static final int REACH = 3;

  private static final List<String> POINTING = List.of("the", "this", "that");
  private static final List<String> BACK = List.of("it", "this", "them");

  /** The links from a vote to what it is cast on. */
  private static final List<String> VOTED_ON = List.of("obj", "obl:for", "obl:against", "obl:on", "obl:in");

  private UnnamedVotes() {}

  /** Remembers the authors of the text put to the vote that the sentence names, if any. */
  static void note(Graph g) {
    for (int i = g.size() - 1; i >= 0; i--) {
      IndexedWord w = g.node(i);
      List<ActorSpan> authors = w == null ? List.of() : authors(g, w);
      if (!authors.isEmpty()) {
        int now = g.ctx.discourse().get(CondemnedDeeds.SENTENCES).orElse(0);
        g.ctx.discourse().set(LAST, new Text(authors.stream().map(ActorSpan::toRef).toList(), noun(g, w), now));
        return;
      }
    }
  }

  /** The authors of the text the vote {@code vote} of {@code holders} is cast on, when it names none; or empty. */
  static List<ActorSpan> targets(Graph g, IndexedWord vote, List<ActorSpan> holders) {
    if (holders.isEmpty() || !VotedTexts.votes(g, vote) || !unnamed(g, vote)) {
      return List.of();
    }
    // "voted against the budget" recalls a budget; "voted against", "voted against it" any text.
    String named = votedOn(g, vote).stream().filter(c -> g.pos(c).startsWith("NN")).map(c -> noun(g, c))
        .findFirst().orElse(null);
    List<Actor> authors = new ArrayList<>();
    for (int i = 0; i < g.size() && authors.isEmpty(); i++) {
      IndexedWord w = g.node(i);
      if (w != null && (named == null || named.equals(noun(g, w)))) {
        authors(g, w).forEach(a -> authors.add(a.actor()));
      }
    }
    if (authors.isEmpty()) {
      Text last = g.ctx.discourse().get(LAST).orElse(null);
      int now = g.ctx.discourse().get(CondemnedDeeds.SENTENCES).orElse(0);
      if (last == null || now - last.sentence() > REACH || named != null && !named.equals(last.noun())) {
        return List.of();
      }
      last.authors().forEach(a -> authors.add(g.ctx.actors().actorOf(a)));
    }
    List<ActorSpan> out = new ArrayList<>();
    for (Actor a : authors) {
      if (holders.stream().noneMatch(h -> g.ctx.actors().related(h.actor(), a))
          && out.stream().noneMatch(o -> o.actor().equals(a))) {
        out.add(ActorSpan.of(g.idx(vote), g.idx(vote), a, a.name()));
      }
    }
    return out;
  }

  /** The named authors of {@code w}, when it is a text put to the vote. */
  private static List<ActorSpan> authors(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("NN") || !g.lex.voteDocuments.contains(noun(g, w))) {
      return List.of();
    }
    return g.ctx.mentions().stream().filter(m -> !m.anonymous() && VotedTexts.writtenBy(g, m, w)).toList();
  }

  private static String noun(Graph g, IndexedWord w) {
    return g.lemmaOf(w).toLowerCase(Locale.ROOT);
  }

  /** Whether the vote names no text: no object, or one that only points back ("it", a bare "the bill"). */
  private static boolean unnamed(Graph g, IndexedWord vote) {
    return votedOn(g, vote).stream().allMatch(c -> pointsBack(g, c));
  }

  /** What the vote is cast on: "voted against X", "voted in favour of X"; nothing in "voted in favour". */
  private static List<IndexedWord> votedOn(Graph g, IndexedWord vote) {
    List<IndexedWord> out = new ArrayList<>();
    for (IndexedWord c : g.children(vote, VOTED_ON)) {
      String lemma = noun(g, c);
      out.addAll(lemma.equals("favour") || lemma.equals("favor") ? g.children(c, "nmod:of") : List.of(c));
    }
    return out;
  }

  /** "it", or a text with no possessor, phrase, clause or name saying whose or which it is: "the bill". */
  private static boolean pointsBack(Graph g, IndexedWord o) {
    String lemma = g.lemmaOf(o).toLowerCase(Locale.ROOT);
    if (g.pos(o).equals("PRP")) {
      return BACK.contains(lemma);
    }
    return g.pos(o).equals("NN") && g.lex.voteDocuments.contains(lemma)
        && g.children(o, "nmod", "nmod:", "nmod:poss", "acl", "acl:", "appos", "compound", "dep").isEmpty()
        && g.children(o, "det").stream().anyMatch(d -> POINTING.contains(g.lemmaOf(d).toLowerCase(Locale.ROOT)));
  }
}
