package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * An office or a body named with its owner in an "of" phrase acts for that owner ({@code owned-offices.tsv}): "the
 * President of Ghana" is Ghana's government as "Ghana's president" is, "the Secretary-General of the Arab League"
 * and "the Peace and Security Council of the African Union" are the League and the Union, not a namesake the
 * catalog files under the body's own words ("Security Council"); "the Speaker of X's parliament" and "the
 * spokesman of the Qatari foreign ministry" reach the owner through a body of the list. The office is matched in
 * either case. The owner must be a catalogued state (whose actor of the office's sector it becomes), government or
 * organisation; "the president of the court" (no actor), "the president of Putin's party" through a body the list
 * lacks, a person, or a place inside a state ("of Lagos State", {@code sub-national-places.tsv}) own nothing here,
 * and a catalog name that spans the whole phrase ("King of Jordan") stays the catalog's. A body with a name of its
 * own is not its state's ("the Olympic Committee of X"); an organisation's is the organisation's, also when the
 * tagger made one made-up name of both ("the Military Committee of NATO"). A name the catalog lacks in apposition to
 * such an office ("The Foreign Minister of X, Name,") is that person, a member of the owner's actor. Stateless.
 */
final class OwnedOffices {

  /** How many bodies of the list may stand between an office and its owner ("of X's parliament" is one). */
  private static final int DEPTH = 2;

  private OwnedOffices() {}

  /** The owner's actor an office or body {@code noun} acts for, spanning the noun to its owner, or null. */
  static ActorSpan at(Graph g, IndexedWord noun) {
    int from = start(g, noun);
    if (from < 0) {
      return null;
    }
    EnglishLexicon.OwnedSector sector = g.lex.ownedOffices.get(g.listedPhrase(from, noun));
    for (IndexedWord of : g.children(noun, "nmod:of")) {
      // A catalog name over the whole phrase ("King of Jordan") is found at the "of" word too, as an office that owns
      // nothing: it stays the catalog's.
      ActorSpan owner = owner(g, of, 0);
      if (owner == null || owner.actor().kind() == ActorKind.STATE && !plain(g, noun)) {
        // "the Olympic Committee of X", "the Human Rights Commission of X" name bodies of their own, not the state's.
        continue;
      }
      Actor actor = owner.actor().kind() == ActorKind.STATE
          ? g.ctx.actors().composite(owner.actor(), sector.name()).orElse(owner.actor()) : owner.actor();
      for (IndexedWord a : g.children(noun, "appos")) {
        // "The Foreign Minister of X, Name,": the person acts, as the office's holder; one the catalog knows is its.
        ActorSpan person = g.mentionOf(a);
        if (person != null && !person.anonymous()) {
          return person.actor().isAdHoc() ? held(g, person, actor) : null;
        }
      }
      int left = Math.min(from, leftmost(g, noun));
      int to = Math.max(owner.last(), g.idx(of));
      return ActorSpan.of(left, g.idx(noun), actor, g.text(left, to));
    }
    return null;
  }

  /**
   * The person a name the catalog lacks stands for when an office of an owner is in apposition to it ("Name, the
   * foreign minister of X,"): that person, as a member of the owner's actor; null otherwise.
   */
  static ActorSpan apposed(Graph g, IndexedWord name, ActorSpan named) {
    if (named.anonymous() || !named.actor().isAdHoc()) {
      return null;
    }
    for (IndexedWord a : g.children(name, "appos")) {
      ActorSpan office = g.mentionOf(a) == null ? at(g, a) : null;
      if (office != null) {
        return held(g, named, office.actor());
      }
    }
    return null;
  }

  private static ActorSpan held(Graph g, ActorSpan person, Actor owner) {
    return ActorSpan.of(person.first(), person.last(),
        g.ctx.actors().adHocGroup(person.text(), ActorKind.PERSON, owner), person.text());
  }

  /**
   * Whether an office or body noun is a plain one and not the name of a body of its own: each capitalised word before
   * it names an actor ("Iraqi", "Arab League") or makes an office the list or the agent dictionary knows ("Foreign
   * Ministry", "Prime Minister"); "Olympic Committee" makes neither.
   */
  private static boolean plain(Graph g, IndexedWord noun) {
    for (int k = leftmost(g, noun); k < g.idx(noun); k++) {
      String word = g.toks.get(k).word();
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
          || g.ctx.mentionAt(k).filter(c -> !c.actor().isAdHoc()).isPresent()
          || g.ctx.actors().stateOfDemonym(word).isPresent()) {
        continue;
      }
      String phrase = g.listedPhrase(k, noun);
      if (!g.lex.ownedOffices.containsKey(phrase) && g.ctx.actors().agentSector(phrase).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The first word of the modifiers before a noun, and of theirs ("Foreign Affairs Committee"). */
  private static int leftmost(Graph g, IndexedWord noun) {
    int left = g.idx(noun);
    for (IndexedWord m : g.children(noun, "compound", "amod")) {
      if (g.idx(m) < g.idx(noun)) {
        left = Math.min(left, leftmost(g, m));
      }
    }
    return left;
  }

  /** Where the listed phrase of an office noun starts ("Secretary-General", "prime minister"), or -1 if unlisted. */
  private static int start(Graph g, IndexedWord noun) {
    String pos = g.pos(noun);
    if (!pos.equals("NN") && !pos.equals("NNP")) {
      return -1;
    }
    int head = g.idx(noun);
    for (int from = Math.max(0, head - 3); from <= head; from++) {
      if (g.lex.ownedOffices.containsKey(g.listedPhrase(from, noun))) {
        return from;
      }
    }
    return -1;
  }

  /**
   * The catalogued owner named by {@code w}: its own mention, or, when it is a body of the list, that body's owner in
   * its "of" phrase, possessor, demonym or compound ("X's parliament", "the Iraqi parliament").
   */
  private static ActorSpan owner(Graph g, IndexedWord w, int depth) {
    ActorSpan m = catalogued(g, w);
    if (m != null && (owns(g, m) || !m.actor().isAdHoc())) {
      return owns(g, m) ? m : null;
    }
    if (depth >= DEPTH || start(g, w) < 0 || !plain(g, w)) {
      return null;
    }
    for (IndexedWord o : g.children(w, "nmod:of", "nmod:poss", "amod", "compound")) {
      Actor dem = g.mentionOf(o) == null ? g.demonym(o) : null;
      if (dem != null) {
        return ActorSpan.of(g.idx(o), g.idx(o), dem, o.word());
      }
      ActorSpan inner = g.relToParent(o).equals("nmod:of") ? owner(g, o, depth + 1) : catalogued(g, o);
      if (inner != null && owns(g, inner)) {
        return inner;
      }
    }
    return null;
  }

  /**
   * The mention at a word; where that is a made-up name, the catalog's name at the word: in "the Executive Committee
   * of the Arab League" or "the Arab League Council" the tagger's organisation run makes one name of a body and its
   * owner.
   */
  private static ActorSpan catalogued(Graph g, IndexedWord w) {
    ActorSpan m = g.mentionOf(w);
    return m == null || !m.actor().isAdHoc() ? m
        : g.ctx.mentionAt(g.idx(w)).filter(c -> !c.actor().isAdHoc()).orElse(m);
  }

  /** Whether a mention can own an office: a catalogued state that is no place inside one, a government, a body. */
  private static boolean owns(Graph g, ActorSpan m) {
    if (m.anonymous() || m.media() || m.actor().isAdHoc()) {
      return false;
    }
    ActorKind kind = m.actor().kind();
    if (kind == ActorKind.STATE) {
      int from = m.first() < m.last() && g.toks.get(m.first()).tag().equals("DT") ? m.first() + 1 : m.first();
      return !g.lex.subNationalPlaces.containsKey(g.text(from, m.last()).toLowerCase(Locale.ROOT));
    }
    return kind == ActorKind.GOVERNMENT || kind == ActorKind.ORGANISATION || kind == ActorKind.INTERNATIONAL_BODY
        || kind == ActorKind.ARMED_GROUP;
  }
}
