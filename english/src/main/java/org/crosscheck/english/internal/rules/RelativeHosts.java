package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "a man linked to Hezbollah who attacked soldiers", "a cleric close to the Brotherhood who urged …": a "who" clause
 * after a phrase describing a noun belongs to that noun, though the parser hangs it on the organisation or state the
 * phrase names last. English calls an organisation "which" or "that"; "who" after one is the described person's. A
 * named person stays the host ("an aide to Putin who …" is read as the parser reads it). The other way round, a
 * "which" clause the parser gives to the described noun is the organisation's ("a student tied to Hamas, which has
 * attacked Israel": the student attacked nobody). Stateless.
 */
final class RelativeHosts {

  private RelativeHosts() {}

  /**
   * The subject of a relative clause: the noun a describing phrase modifies when the parser gave the clause to a
   * non-person actor inside that phrase, else {@code subject} itself.
   */
  static IndexedWord host(Graph g, IndexedWord clause, IndexedWord subject) {
    if (!g.relToParent(clause).equals("acl:relcl") || !subject.equals(g.parent(clause))) {
      return subject;
    }
    if (relative(g, subject, "which")) {
      IndexedWord named = named(g, subject);
      return named == null ? subject : named;
    }
    if (!relative(g, subject, "who") || !organisation(g, subject)) {
      return subject;
    }
    String up = g.relToParent(subject);
    IndexedWord phrase = g.parent(subject);
    if (phrase == null || !(up.startsWith("obl") || up.startsWith("nmod"))) {
      return subject;
    }
    // "close to" is read as one preposition on the noun itself: "a cleric close to the Brotherhood".
    IndexedWord described = up.endsWith("close_to") && g.pos(phrase).startsWith("NN") ? phrase
        : g.pos(phrase).equals("VBN") || g.pos(phrase).startsWith("JJ") ? described(g, phrase) : null;
    return described == null || described.equals(subject) ? subject : described;
  }

  private static boolean relative(Graph g, IndexedWord host, String lemma) {
    return g.children(host, "ref").stream().anyMatch(r -> g.lemmaOf(r).equals(lemma));
  }

  private static boolean organisation(Graph g, IndexedWord w) {
    ActorSpan m = g.mentionOf(w);
    return m != null && m.actor().kind() != ActorKind.PERSON;
  }

  /**
   * The organisation a participle or adjective describing a common noun names last, right before the "which"
   * ("tied to Hamas, which"), or null.
   */
  private static IndexedWord named(Graph g, IndexedWord noun) {
    if (g.mentionOf(noun) != null) {
      return null;
    }
    int which = g.children(noun, "ref").stream().mapToInt(g::idx).min().orElse(-1);
    for (IndexedWord phrase : g.children(noun, "acl", "amod")) {
      if (!(g.pos(phrase).equals("VBN") || g.pos(phrase).startsWith("JJ"))) {
        continue;
      }
      for (IndexedWord x : g.children(phrase, "obl", "obl:", "nmod:")) {
        if (organisation(g, x) && g.mentionOf(x).last() >= which - 2 && g.mentionOf(x).last() < which) {
          return x;
        }
      }
    }
    return null;
  }

  /**
   * The noun a participle or adjective describes: its head when it modifies one ("a man linked to …"), or its subject
   * when the parser made the phrase the sentence's predicate ("A man linked to X who … was jailed"), through one
   * verb of belief ("a woman believed linked to …").
   */
  private static IndexedWord described(Graph g, IndexedWord phrase) {
    IndexedWord cur = phrase;
    for (int d = 0; d < 2 && cur != null; d++) {
      String r = g.relToParent(cur);
      IndexedWord p = g.parent(cur);
      if ((r.startsWith("acl") || r.equals("amod")) && p != null && g.pos(p).startsWith("NN")) {
        return p;
      }
      for (IndexedWord s : g.children(cur, "nsubj", "nsubj:pass")) {
        if (g.pos(s).startsWith("NN") && g.children(cur, "aux", "aux:pass", "cop").isEmpty()) {
          return s;
        }
      }
      cur = r.equals("xcomp") ? p : null;
    }
    return null;
  }
}
