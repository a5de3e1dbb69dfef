package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * Parties named the way domestic news names them, by their members' plural or a short name, which the named-entity
 * tagger leaves untagged: "Republicans accused …", "the Tories said", "Labour criticised …"
 * ({@code party-names.tsv}, form NAME), and a party adjective before a plural noun of its members, "Republican
 * lawmakers", "Labour MPs" (form MEMBERS, {@code party-member-nouns.tsv}), where the adjective is the party and the
 * noun its group. A proper noun right before or after NAME words makes them part of a longer name ("Labour Minister
 * Ana Ruiz", "Young Republicans"), and words a mention already covers are left to it. Stateless.
 */
final class PartyNames {

  private PartyNames() {}

  /** Adds an ad-hoc party mention for every party name of the sentence that no mention covers. */
  static void add(Graph g) {
    int k = 0;
    while (k < g.size()) {
      EnglishLexicon.PartyName p = g.ctx.hasMention(k) ? null : at(g, k);
      if (p == null || covered(g, k, k + p.words().size() - 1)) {
        k++;
        continue;
      }
      int last = k + p.words().size() - 1;
      String surface = g.text(k, last);
      g.ctx.addMention(ActorSpan.of(k, last, g.ctx.actors().adHoc(p.name(), ActorKind.ORGANISATION), surface));
      k = last + 1;
    }
  }

  /**
   * The party a made-up name of the light pass is: "the Lib Dems" or "Labour MPs", capitalised runs the catalog pass
   * took for a name of no known kind, are the party, or its members as a group of the party. Other mentions as given.
   */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (m == null || m.implied() || m.anonymous() || !m.actor().isAdHoc() || m.actor().kind() != ActorKind.UNKNOWN) {
      return m;
    }
    for (EnglishLexicon.PartyName p : g.lex.partyNames) {
      int end = m.first() + p.words().size() - 1;
      boolean name = p.form() == EnglishLexicon.PartyForm.NAME;
      if (end + (name ? 0 : 1) != m.last() || !written(g, m.first(), p.words()) || !fits(g, p, m.first())) {
        continue;
      }
      Actor party = g.ctx.actors().adHoc(p.name(), ActorKind.ORGANISATION);
      String text = g.text(m.first(), m.last());
      return name ? ActorSpan.of(m.first(), m.last(), party, text)
          : ActorSpan.of(m.first(), m.last(), g.ctx.actors().adHocGroup(text, ActorKind.GROUP, party), text);
    }
    return m;
  }

  /** The longest party name that starts at {@code k} and stands where it names the party, or null. */
  private static EnglishLexicon.PartyName at(Graph g, int k) {
    for (EnglishLexicon.PartyName p : g.lex.partyNames) {
      int last = k + p.words().size() - 1;
      if (last >= g.size() || !written(g, k, p.words())) {
        continue;
      }
      if (fits(g, p, k)) {
        return p;
      }
    }
    return null;
  }

  /** Whether the actor, or a body it belongs to, is a party this class names ("Republican lawmakers" too). */
  static boolean party(Graph g, Actor actor) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    ids.add(actor.id());
    actor.memberOf().forEach(m -> ids.add(m.actor()));
    return g.lex.partyNames.stream()
        .anyMatch(p -> ids.contains(g.ctx.actors().adHoc(p.name(), ActorKind.ORGANISATION).id()));
  }

  /** Whether the party's words, written at {@code k}, stand where they name it (see the class comment). */
  private static boolean fits(Graph g, EnglishLexicon.PartyName p, int k) {
    int last = k + p.words().size() - 1;
    return p.form() == EnglishLexicon.PartyForm.NAME ? !proper(g, k - 1) && !proper(g, last + 1)
        : last + 1 < g.size() && members(g, last + 1);
  }

  /** Whether token {@code k} is a plural noun of a party's members ("lawmakers"; "MPs", tagged a proper noun). */
  private static boolean members(Graph g, int k) {
    String tag = g.toks.get(k).tag();
    String word = g.toks.get(k).word().toLowerCase(Locale.ROOT);
    return (tag.equals("NNS") || tag.equals("NNPS")) && word.endsWith("s")
        && (g.lex.partyMemberNouns.contains(g.toks.get(k).lemma().toLowerCase(Locale.ROOT))
            || g.lex.partyMemberNouns.contains(word.substring(0, word.length() - 1)));
  }

  private static boolean written(Graph g, int k, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (!g.toks.get(k + i).word().equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean covered(Graph g, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (g.ctx.hasMention(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean proper(Graph g, int k) {
    return k >= 0 && k < g.size() && g.toks.get(k).tag().startsWith("NNP");
  }
}
