package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * A party or a body whose name starts with a state's name is that body, not the state: "the opposition Pakistan
 * Tehreek-e-Insaf", "Latvia First", "the Sri Lanka Podujana Peramuna". The catalog finds the state in the name, and a
 * party's attack on the government read as the state's misstates both. Two signs tell such a name: the tagger marks
 * the state and the capitalised words after it as one run of one kind, or a word describing a party comes right
 * before the state ({@code party-descriptors.tsv}: "the opposition …", "the ruling …"). The state and the words
 * after it are then an ad-hoc organisation.
 *
 * <p>Left alone: words that name an actor themselves ("Russia Ukraine"), a post, an institution or an organisation's
 * head noun after the state ("Pakistan Foreign Minister …", "Nigeria Police", "the Armenia Alliance", which other
 * rules read), a place ("the South China Sea"), a state the name of a project or a place holds ("outside Uganda
 * Park", {@link Graph#notAnActor}), dates, and title-case headlines, where every word is capitalised. Stateless.
 */
final class StateStartedNames {

  private StateStartedNames() {}

  /** The body whose name starts with the state {@code m}, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    if (g.titleCase || m.implied() || m.actor().isAdHoc() || m.actor().kind() != ActorKind.STATE
        || g.notAnActor(m)) {
      // "the Port-South Sudan-Ethiopia Corridor project", "outside Uganda Park": a project's or a place's name.
      return m;
    }
    int to = m.last();
    while (to + 1 < g.size() && (nameWord(g, to + 1)
        || hyphen(g, to + 1) && to + 2 < g.size() && nameWord(g, to + 2))) {
      to += hyphen(g, to + 1) ? 2 : 1;
    }
    if (to == m.last() || to + 1 < g.size() && office(g, to + 1)
        || !(oneRun(g, m.first(), to) || afterPartyWord(g, m.first()))) {
      return m;
    }
    String surface = g.text(m.first(), to);
    return ActorSpan.of(m.first(), to, g.ctx.actors().adHoc(surface, ActorKind.ORGANISATION), surface);
  }

  /**
   * The body whose name starts with a state before token {@code i} and runs on over it ("Tehreek" in "Pakistan
   * Tehreek-e-Insaf", the word the parser heads the name on), or null.
   */
  static ActorSpan covering(Graph g, int i) {
    if (!nameWord(g, i) && !hyphen(g, i)) {
      // Every word the graph looks up passes here: only a word such a name is made of can be covered.
      return null;
    }
    for (int j = i - 1; j >= 0 && j >= i - 6; j--) {
      ActorSpan state = g.ctx.mentionAt(j).orElse(null);
      if (state != null && !state.actor().isAdHoc()) {
        ActorSpan name = state.last() < i ? of(g, state) : null;
        return name != null && name != state && name.last() >= i ? name : null;
      }
    }
    return null;
  }

  /** A capitalised proper noun that names no catalog actor, no date, no post and no institution. */
  private static boolean nameWord(Graph g, int k) {
    String w = g.toks.get(k).word();
    return !w.isEmpty() && w.chars().anyMatch(Character::isUpperCase) && g.toks.get(k).tag().startsWith("NNP")
        && g.ctx.mentionAt(k).map(x -> x.actor().isAdHoc()).orElse(true)
        && g.ctx.sentence().ner(k).matches("O|LOCATION|ORGANIZATION|MISC") && !office(g, k);
  }

  private static boolean hyphen(Graph g, int k) {
    return g.toks.get(k).tag().equals("HYPH");
  }

  /**
   * A post, an institution or an organisation's head noun ("Minister", "Police", "Alliance"), which other rules read,
   * or a noun of a place or of nature ("the South China Sea", "Lake Chad"), which names no body.
   */
  private static boolean office(Graph g, int k) {
    String l = g.toks.get(k).word().toLowerCase(Locale.ROOT);
    String lemma = g.lemma(k).toLowerCase(Locale.ROOT);
    return g.lex.personNouns.contains(lemma) || g.lex.institutionNouns.containsKey(lemma)
        || g.lex.organisationHeads.contains(lemma) || g.lex.bodyNouns.containsKey(lemma)
        || g.lex.personNouns.contains(l) || g.lex.locationNouns.contains(lemma)
        || g.lex.namedPlaceNouns.contains(lemma) || g.lex.natureNouns.contains(lemma);
  }

  /** The tagger reads the state and the words after it as one name of one kind. */
  private static boolean oneRun(Graph g, int from, int to) {
    String label = g.ctx.sentence().ner(from);
    for (int k = from + 1; k <= to; k++) {
      if (!hyphen(g, k) && !g.ctx.sentence().ner(k).equals(label)) {
        return false;
      }
    }
    return !label.equals("O");
  }

  /** "the opposition Pakistan Tehreek-e-Insaf": a word describing a party right before the name. */
  private static boolean afterPartyWord(Graph g, int from) {
    return from > 0 && g.lex.partyDescriptors.contains(g.toks.get(from - 1).word().toLowerCase(Locale.ROOT));
  }
}
