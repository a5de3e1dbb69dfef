package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * The possessor of a noun of harm ({@code harm-nouns.tsv}) with no "of" phrase of its own is whom the harm is done
 * to: "protested Imran Khan's arrest", "a strike against the leader's detention" oppose whoever arrested or detained,
 * not the one arrested. Only a state, a government or an armed group owns such a noun as its doer ("Israel's
 * killings in Gaza"); with an "of" phrase the possessor is the doer ("Iran's execution of two men"). The parser may
 * read "the shelling of Y" as an article that heads the phrase, the gerund its modifier: the phrase is still a harm
 * whose "of" phrase is the victim. Stateless.
 */
final class Victims {

  private Victims() {}

  /** The kinds of actor whose possessed harm is their own doing. */
  private static final Set<ActorKind> DOERS = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT, ActorKind.ARMED_GROUP);

  /**
   * Whether {@code d} heads a noun phrase of harm: a noun of harm or of penalty ({@code penalty-nouns.tsv}: "prison
   * terms for Y"), or an article a gerund of harm modifies.
   */
  static boolean harm(Graph g, IndexedWord d) {
    if (g.pos(d).startsWith("NN")) {
      String l = g.lemmaOf(d);
      return g.lex.harmNouns.contains(l) || g.lex.penaltyNouns.contains(l) || g.children(d, "compound").stream()
          .anyMatch(c -> g.lex.penaltyNouns.contains(g.lemmaOf(c) + " " + l));
    }
    return g.pos(d).equals("DT") && g.children(d, "amod").stream()
        .anyMatch(m -> g.pos(m).equals("VBG") && g.lex.harmNouns.contains(m.word().toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code owner}, a possessor of {@code harm}, is the one the harm is done to. */
  static boolean possessor(Graph g, IndexedWord harm, IndexedWord owner) {
    if (!g.pos(harm).startsWith("NN") || !g.lex.harmNouns.contains(g.lemmaOf(harm))
        || !g.relToParent(owner).equals("nmod:poss") || !harm.equals(g.parent(owner))
        || !g.children(harm, "nmod:of").isEmpty()) {
      return false;
    }
    ActorSpan m = g.mentionOf(owner);
    return m == null || !DOERS.contains(m.actor().kind());
  }

  /** Whether the actor is named as the possessor of a harm it undergoes. */
  static boolean named(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord harm = head == null ? null : g.parent(head);
    return harm != null && possessor(g, harm, head);
  }

  /**
   * Whether the actor is named as the one a good is done to ({@code befallen-nouns.tsv}): "demanding Y's release",
   * "the return of Y".
   */
  static boolean befallen(Graph g, ActorSpan m) {
    IndexedWord head = g.node(m.last());
    IndexedWord noun = head == null ? null : g.parent(head);
    String r = head == null ? "" : g.relToParent(head);
    return noun != null && g.pos(noun).startsWith("NN") && g.lex.befallenNouns.contains(g.lemmaOf(noun))
        && (r.equals("nmod:poss") || r.equals("nmod:of"));
  }
}
