package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * The two parties an article is about, for "both sides" and "both governments" far from where the two were named
 * ("Ethiopia and Eritrea … [four paragraphs] … the AU urged both governments to exercise restraint"): the two the
 * article has named in the most sentences so far, its dateline aside, when a clear two lead (the third named in fewer
 * sentences than the second). States are counted with their governments, places, people, leaders and demonyms
 * ("Addis Ababa", "the Ethiopian government", "Ethiopian troops", "Abiy" count for Ethiopia); as sides ("both sides",
 * "both parties") armed groups and organisations count too ("the army and the RSF"), a news medium never, and a
 * go-between the article named as one ("Qatar's mediation") is neither of two. Called on every sentence of the light
 * pass; the memory lives in the article's {@link Discourse}.
 */
final class ArticleParties {

  /** In how many sentences the article has named each party so far, by id, and the parties in the order first named. */
  private record Counts(Map<String, Integer> sentences, List<Actor> parties) {}

  private static final Discourse.Key<Counts> STATES = Discourse.Key.of("english.articleStates");
  private static final Discourse.Key<Counts> SIDES = Discourse.Key.of("english.articleSides");
  /** The ids of the parties the article has named as go-betweens. */
  private static final Discourse.Key<Set<String>> GO_BETWEENS = Discourse.Key.of("english.articleGoBetweens");

  /** Kinds of actor that stand for their state here: its government, its army or people, its leaders. */
  private static final Set<ActorKind> STATELY =
      java.util.EnumSet.of(ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.GROUP, ActorKind.PERSON, ActorKind.ROLE);

  private ArticleParties() {}

  /** Counts the parties the sentence of the light pass {@code ctx} names, each once, and notes its go-betweens. */
  static void note(SentenceContext<?> ctx, EnglishLexicon lex) {
    List<Token> toks = ctx.tokens();
    int dateline = Datelines.length(toks);
    Set<Actor> states = new LinkedHashSet<>();
    Set<Actor> sides = new LinkedHashSet<>();
    Set<Actor> goBetweens = new LinkedHashSet<>();
    boolean[] covered = new boolean[toks.size()];
    for (ActorSpan m : ctx.mentions()) {
      for (int k = m.first(); k <= m.last() && k < covered.length; k++) {
        covered[k] = true;
      }
      if (m.anonymous() || m.media() || m.first() < dateline) {
        continue;
      }
      Actor a = m.actor();
      Actor state = STATELY.contains(a.kind()) ? ctx.actors().stateOf(a).orElse(null) : null;
      Actor party = state != null ? state
          : !a.isAdHoc() && (a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.ORGANISATION) ? a : null;
      if (party == null) {
        continue;
      }
      if (state != null) {
        states.add(state);
      }
      sides.add(party);
      if (mediates(toks, m, lex)) {
        goBetweens.add(party);
      }
    }
    for (int k = dateline; k < toks.size(); k++) {
      // "Israeli strikes": a sentence that speaks of a state's people or forces by its demonym is about it too.
      Token t = toks.get(k);
      if (!covered[k] && (t.tag().equals("JJ") || t.tag().startsWith("NNP"))) {
        ctx.actors().stateOfDemonym(t.word()).ifPresent(s -> {
          states.add(s);
          sides.add(s);
        });
      }
    }
    count(ctx.discourse(), STATES, states);
    count(ctx.discourse(), SIDES, sides);
    if (!goBetweens.isEmpty()) {
      Set<String> ids = new HashSet<>(ctx.discourse().get(GO_BETWEENS).orElse(Set.of()));
      goBetweens.forEach(a -> ids.add(a.id()));
      ctx.discourse().set(GO_BETWEENS, Set.copyOf(ids));
    }
  }

  /**
   * Whether the mention names a go-between ({@code governors.tsv} MEDIATE): "Qatar's mediation", "brokered by Egypt",
   * "Turkey, which has mediated", "Oman hosted the talks". A mediator is spoken of as often as the parties, and is not
   * one of "both sides".
   */
  private static boolean mediates(List<Token> toks, ActorSpan m, EnglishLexicon lex) {
    int after = m.last() + 1;
    if (after + 1 < toks.size() && toks.get(after).word().equals("'s") && mediating(toks.get(after + 1), lex)) {
      return true;
    }
    if (m.first() >= 2 && toks.get(m.first() - 1).lemma().equals("by") && mediating(toks.get(m.first() - 2), lex)) {
      return true;
    }
    for (int k = after; k < Math.min(toks.size(), after + 4); k++) {
      Token t = toks.get(k);
      if (t.tag().startsWith("VB") && mediating(t, lex)) {
        return true;
      }
      if (!t.tag().startsWith("VB") && !t.tag().equals("WDT") && !t.tag().equals("RB") && !t.word().equals(",")) {
        return false;
      }
    }
    return false;
  }

  private static boolean mediating(Token t, EnglishLexicon lex) {
    return lex.governors.get(t.lemma()) == EnglishLexicon.GovernorClass.MEDIATE;
  }

  private static void count(Discourse d, Discourse.Key<Counts> key, Set<Actor> named) {
    if (named.isEmpty()) {
      return;
    }
    Counts c = d.get(key).orElse(new Counts(Map.of(), List.of()));
    Map<String, Integer> sentences = new HashMap<>(c.sentences());
    List<Actor> parties = new ArrayList<>(c.parties());
    for (Actor a : named) {
      if (sentences.merge(a.id(), 1, Integer::sum) == 1) {
        parties.add(a);
      }
    }
    d.set(key, new Counts(Map.copyOf(sentences), List.copyOf(parties)));
  }

  /**
   * The two states (or, with {@code sides}, parties of any kind counted) the article is about, or an empty list when
   * no clear two lead. A holder ({@code own}) among the two is left to the caller: "Armenia said the two neighbours
   * …" is Armenia speaking of itself and Azerbaijan. Else the holder is not counted: "Washington urged both
   * governments" is not toward Washington, though the sentence names it as often as the two.
   */
  static List<Actor> pair(Discourse d, boolean sides, Predicate<Actor> own) {
    Counts c = d.get(sides ? SIDES : STATES).orElse(null);
    if (c == null) {
      return List.of();
    }
    Set<String> goBetweens = d.get(GO_BETWEENS).orElse(Set.of());
    List<Actor> ranked = new ArrayList<>(c.parties().stream().filter(a -> !goBetweens.contains(a.id())).toList());
    // A stable sort: ties stay in the order first named, so the same article gives the same two in any run.
    ranked.sort((a, b) -> Integer.compare(c.sentences().get(b.id()), c.sentences().get(a.id())));
    List<Actor> two = leading(ranked, c);
    if (two.stream().anyMatch(own)) {
      return two;
    }
    return leading(ranked.stream().filter(own.negate()).toList(), c);
  }

  /** The first two of {@code ranked} when the third is named in fewer sentences than the second, else none. */
  private static List<Actor> leading(List<Actor> ranked, Counts c) {
    if (ranked.size() < 2) {
      return List.of();
    }
    int second = c.sentences().get(ranked.get(1).id());
    int third = ranked.size() > 2 ? c.sentences().get(ranked.get(2).id()) : 0;
    return third < second ? List.of(ranked.get(0), ranked.get(1)) : List.of();
  }
}
