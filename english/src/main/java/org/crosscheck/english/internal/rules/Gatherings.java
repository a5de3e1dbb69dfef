package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.spi.ActorSpan;

/**
 * Whoever holds a protest is the target of what is done to it or said of it: "police dispersed a rally by opposition
 * supporters", "the ministry banned the students' march", "X condemned the protests by the Y party", "prevented the
 * demonstration staged by doctors". A protest noun ({@code gatherings.tsv}) as a cue's argument names its holder by
 * a possessive, a "by" or "of" phrase (also when the parser hangs it on the active verb whose object the protest
 * is), or the agent of a participle on it; a named actor or a group the text describes. A crowd only counted ("a
 * march by thousands of people") is nobody. Stateless.
 */
final class Gatherings {

  private Gatherings() {}

  /**
   * Whether {@code clause} is the purpose of a protest its governor's subject holds: "called a general strike to
   * protest the arrest", where the parser makes the strike the infinitive's controller. It is no appeal to anyone,
   * though "call" asks when it has a person as object ("called on Y to …", "called the unions to …").
   */
  static boolean purpose(Graph g, IndexedWord clause) {
    IndexedWord verb = g.parent(clause);
    return verb != null && g.relToParent(clause).equals("xcomp") && g.children(clause, "nsubj:xsubj").stream()
        .anyMatch(s -> g.pos(s).startsWith("NN") && gathering(g, s)
            && g.children(verb, "obj").contains(s));
  }

  /**
   * Whether the protest noun {@code w} is one its holder stages, which is a stance of the holder's even when it names
   * no one it is against: the object of a light verb ("teachers staged a sit-in", "parties organised a general
   * strike"; not "called off the strike", a verb with a particle), or the "in protest" phrase of a verb ("walked out
   * in protest at the cuts"); in "staged a strike in protest at Y's plan" the strike speaks, toward Y. Whoever a
   * protest is done to or spoken of by holds none ("police dispersed a rally").
   */
  static boolean staged(Graph g, IndexedWord w) {
    if (!g.pos(w).startsWith("NN") || !gathering(g, w)) {
      return false;
    }
    IndexedWord p = g.parent(w);
    String r = g.relToParent(w);
    if (p == null) {
      return false;
    }
    if (r.equals("obj")) {
      return g.pos(p).startsWith("VB") && g.lex.lightVerbs.contains(g.lemmaOf(p))
          && g.children(p, "compound:prt").isEmpty() && !g.children(p, "nsubj").isEmpty()
          // "called a strike to protest the jailing": a purpose that is a stance verb says it ("a strike on Monday
          // in protest of the plan to cut pensions", which a parser may read as a purpose, says nothing).
          && g.children(p, "xcomp").stream().noneMatch(x -> purpose(g, x)
              && g.lex.stanceVerbs.containsKey(g.lemmaOf(x)));
    }
    return r.equals("obl:in") && g.pos(p).startsWith("VB");
  }

  /** The holder of the protest {@code d} names, other than the cue's holders, or null. */
  static ActorSpan holder(Graph g, IndexedWord d, List<ActorSpan> holders) {
    if (!g.pos(d).startsWith("NN") || !gathering(g, d)) {
      return null;
    }
    List<IndexedWord> makers = new ArrayList<>(g.children(d, "nmod:poss", "nmod:by", "nmod:of"));
    for (IndexedWord participle : g.children(d, "acl")) {
      makers.addAll(g.children(participle, "obl:by", "obl:agent"));
    }
    IndexedWord verb = g.parent(d);
    if (verb != null && g.relToParent(d).equals("obj") && g.children(verb, "nsubj:pass").isEmpty()) {
      // "condemned the protests by X": the parser hangs the holder's "by" phrase on the active verb.
      makers.addAll(g.children(verb, "obl:by"));
    }
    for (IndexedWord m : makers) {
      if (OwnedGroups.pronounOwned(g, m)) {
        // "would call a strike by all its members": a protest the holder's own people make is the holder's own.
        continue;
      }
      ActorSpan named = g.mentionOf(m);
      ActorSpan maker = named != null ? (named.anonymous() || named.media() ? null : named)
          : CommonNouns.crowd(g, m) ? null : CommonNouns.at(g, m);
      if (maker != null && holders.stream().noneMatch(h -> h.actor().id().equals(maker.actor().id()))) {
        return maker;
      }
    }
    return null;
  }

  /** Whether the noun is a listed protest, by its lemma or by the hyphenated word it heads ("a sit-in"). */
  private static boolean gathering(Graph g, IndexedWord w) {
    return g.lex.gatherings.contains(g.lemmaOf(w)) || g.lex.gatherings.contains(g.hyphenatedLemma(w));
  }
}
