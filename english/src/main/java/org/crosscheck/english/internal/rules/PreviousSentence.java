package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * What the sentence before this one named, for descriptions and pronouns that look back one sentence: the actors it
 * named ("The European Union raised duties. Beijing condemned the bloc."), what its opening subject was, a named
 * actor or a noun that names nobody ("The UN human rights office issued a report. It accused …": "it" is the office,
 * not a holder of an earlier sentence), and the text it told of with its issuer ({@link IssuedTexts}). Every sentence
 * of the light pass is noted, read deeply or not, from its catalog mentions and tags; the memory lives in the
 * article's {@link Discourse}.
 */
final class PreviousSentence {

  /**
   * What one sentence named: its actors in order, and the opening subject (null actor when it names nobody, or when
   * it is a list of several actors: {@code opensList}), the text it told of ({@code told}), and the proper noun that
   * heads the opening subject when no mention covers it ({@code uncatalogued}, else null), and the group of people it
   * opened with ({@code group}, {@link ObjectPronouns}, else null).
   */
  record Noted(int start, List<Actor> named, boolean opensUnnamed, Actor opener, boolean opensList,
      IssuedTexts.Told told, String uncatalogued, ActorRef group) {

    Noted(int start, List<Actor> named, boolean opensUnnamed, Actor opener, boolean opensList, IssuedTexts.Told told,
        String uncatalogued) {
      this(start, named, opensUnnamed, opener, opensList, told, uncatalogued, null);
    }

    /** The same, with the group of people the sentence opened with ({@link ObjectPronouns}), or null. */
    Noted withGroup(ActorRef opening) {
      return new Noted(start, named, opensUnnamed, opener, opensList, told, uncatalogued, opening);
    }
  }

  private record Memory(Noted previous, Noted current) {}

  private static final Discourse.Key<Memory> MEMORY = Discourse.Key.of("english.previousSentence");

  private static final Noted NOTHING = new Noted(-1, List.of(), false, null, false, IssuedTexts.NONE, null);

  private PreviousSentence() {}

  /**
   * Notes the sentence of the light pass {@code ctx} holds; the one noted before becomes the previous. Noting the same
   * sentence twice changes nothing.
   */
  static void note(SentenceContext<?> ctx, EnglishLexicon lex) {
    Discourse d = ctx.discourse();
    Memory m = d.get(MEMORY).orElse(new Memory(NOTHING, NOTHING));
    if (m.current().start() == ctx.start()) {
      return;
    }
    List<Actor> named = new ArrayList<>();
    for (ActorSpan s : ctx.mentions()) {
      if (!s.anonymous() && !s.media() && named.stream().noneMatch(a -> a.id().equals(s.actor().id()))) {
        named.add(s.actor());
      }
    }
    d.set(MEMORY, new Memory(m.current(), opening(ctx, named, lex).withGroup(ObjectPronouns.opening(ctx, lex))));
  }

  /**
   * Notes that the sentence being read names {@code a} by a description, as if by name: the next sentence may refer
   * to it again.
   */
  static void named(Graph g, Actor a) {
    Memory m = g.ctx.discourse().get(MEMORY).orElse(null);
    if (m != null && g.ctx.start() >= m.current().start()
        && m.current().named().stream().noneMatch(x -> x.id().equals(a.id()))) {
      m.current().named().add(a);
    }
  }

  /** What the sentence before the one being read named, or nothing when none was noted. */
  static Noted previous(Graph g) {
    return previous(g.ctx);
  }

  /** What the sentence before the one {@code ctx} holds named, or nothing when none was noted. */
  static Noted previous(SentenceContext<?> ctx) {
    Memory m = ctx.discourse().get(MEMORY).orElse(null);
    if (m == null) {
      return NOTHING;
    }
    // A long sentence is read in pieces: any piece after the noted start is still the current sentence.
    return ctx.start() >= m.current().start() ? m.previous() : NOTHING;
  }

  /**
   * The sentence's opening subject: after a dateline, an optional determiner and a run of modifiers and nouns that a
   * finite verb follows ("The UN human rights office issued …"), maybe past a day or an insert ({@link
   * #afterInsert}). Named when a mention lies in the run (its owner, "the UN"), unnamed when its head is a common noun
   * and none does.
   */
  private static Noted opening(SentenceContext<?> ctx, List<Actor> named, EnglishLexicon lex) {
    IssuedTexts.Told none = IssuedTexts.of(ctx, lex, null, -1);
    List<Token> toks = ctx.tokens();
    int s = datelineEnd(toks);
    int i = s;
    if (i < toks.size() && toks.get(i).tag().equals("DT")) {
      i++;
    }
    int head = -1;
    for (; i < toks.size() && nominal(toks.get(i)); i++) {
      if (toks.get(i).tag().startsWith("NN")) {
        head = i;
      }
    }
    if (head >= 0 && head == i - 1 && list(ctx, toks, s, i)) {
      // "Egypt, Jordan and Iraq signed a deal. It criticised …": several fit, so "it" stands for none of them, nor
      // for whoever held a claim last (the last of the list); "they" stands for them all.
      return new Noted(ctx.start(), named, false, null, true, none, null);
    }
    int verb = head == i - 1 ? afterInsert(toks, i) : i;
    // "The Philippines already has …", "X also said …": an adverb before the verb.
    for (int adverbs = 0; verb < toks.size() && toks.get(verb).tag().equals("RB") && adverbs < 2; adverbs++) {
      verb++;
    }
    if (head < 0 || verb >= toks.size() || !finite(toks.get(verb)) || head != i - 1) {
      return new Noted(ctx.start(), named, false, null, false, none, null);
    }
    ActorSpan owner = null;
    for (ActorSpan m : ctx.mentions()) {
      if (m.first() >= s && m.last() <= head && !m.anonymous()) {
        owner = owner == null || m.last() == head ? m : owner;
      }
    }
    if (owner != null) {
      return new Noted(ctx.start(), named, false, owner.actor(), false,
          IssuedTexts.of(ctx, lex, owner.actor(), verb), null);
    }
    String tag = toks.get(head).tag();
    return new Noted(ctx.start(), named, tag.equals("NN") || tag.equals("NNS"), null, false, none,
        tag.equals("NNP") ? toks.get(head).word() : null);
  }

  /**
   * Where the verb may stand after a subject that ends before {@code i}: past a day ("X on Monday rejected …") or one
   * insert between two commas ("X, which hosts the talks, said …"), else {@code i}. A list ("X, Y and Z said") has
   * no second comma before its verb, or a conjunction after it, and so stays no opener.
   */
  private static int afterInsert(List<Token> toks, int i) {
    if (i + 1 < toks.size() && toks.get(i).word().equals("on") && toks.get(i + 1).tag().equals("NNP")) {
      int j = i + 2;
      while (j < Math.min(toks.size(), i + 4) && toks.get(j).tag().startsWith("NN")) {
        j++;
      }
      return j;
    }
    if (i < toks.size() && toks.get(i).word().equals(",")) {
      int first = -1;
      for (int j = i + 1; j < Math.min(toks.size() - 1, i + 25); j++) {
        if (toks.get(j).word().equals(",")) {
          // "The 3R group, whose name stands for Return, Reclamation and Rehabilitation, claims …": an insert with
          // commas of its own ends at the comma a finite verb follows.
          if (finite(toks.get(j + 1))) {
            return j + 1;
          }
          first = first < 0 ? j + 1 : first;
        }
      }
      return first < 0 ? i : first;
    }
    return i;
  }

  /**
   * Whether the sentence opens with a list of two actors or more as its subject ("X, Y and Z signed …"): from the
   * first subject's end at {@code i}, only nouns, modifiers, determiners, commas and conjunctions up to a finite verb.
   */
  private static boolean list(SentenceContext<?> ctx, List<Token> toks, int s, int i) {
    if (i >= toks.size() || !toks.get(i).tag().equals("CC") && !toks.get(i).word().equals(",")) {
      return false;
    }
    int j = i;
    while (j < Math.min(toks.size(), i + 15) && (nominal(toks.get(j)) || toks.get(j).tag().equals("CC")
        || toks.get(j).tag().equals("DT") || toks.get(j).word().equals(","))) {
      j++;
    }
    if (j >= toks.size() || !finite(toks.get(j))) {
      return false;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ActorSpan m : ctx.mentions()) {
      if (m.first() >= s && m.last() < j && !m.anonymous()) {
        ids.add(m.actor().id());
      }
    }
    return ids.size() >= 2;
  }

  /** Where a dateline ("DUBAI, Aug 2 (Crosswire) -") ends: after its dash in the first dozen tokens, else 0. */
  private static int datelineEnd(List<Token> toks) {
    for (int i = 1; i < Math.min(toks.size(), 12); i++) {
      String w = toks.get(i).word();
      if (w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean nominal(Token t) {
    String tag = t.tag();
    return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("CD") || tag.equals("POS")
        || tag.equals("HYPH");
  }

  private static boolean finite(Token t) {
    return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD");
  }

  /** Whether {@code a} can be the "it" of a body or a state, not a person's. */
  static boolean neuter(Actor a) {
    return a.kind() != ActorKind.PERSON && a.kind() != ActorKind.ROLE;
  }
}
