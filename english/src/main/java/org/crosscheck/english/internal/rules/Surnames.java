package org.crosscheck.english.internal.rules;

import java.util.Locale;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.Mention;

/**
 * "Niger's Foreign Minister Bakary Yaou Sangaré … Sangaré accused France": news names a person in full once, then by
 * the surname (or by the family name a Chinese, Korean or Vietnamese name of two words opens with: "Wang Yi … Wang
 * said"). A person the catalog does not know, named by one word (after a courtesy title or not: "Mr Lai",
 * {@code courtesy-titles.tsv}), is the person the article named in full with that
 * word before, the nearest such, catalogued or not: the same actor, so that the claims of both mentions are one
 * person's. With no earlier full name, the mention stays as it is. Stateless.
 */
final class Surnames {

  private Surnames() {}

  /** The person named in full before whose surname {@code m} is, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    boolean titled = m.last() == m.first() + 1 && g.lex.courtesyTitles.contains(
        g.toks.get(m.first()).word().toLowerCase(Locale.ROOT).replace(".", ""));
    // A word another rule already read as a full name ("Bennett" after "Richard Bennett", PersonNames) stays it.
    if (m.implied() || m.first() != m.last() && !titled || !person(m.actor())
        || !titled && m.actor().name().strip().contains(" ")) {
      return m;
    }
    String surname = g.toks.get(m.last()).word().toLowerCase(Locale.ROOT);
    int at = g.toks.get(m.first()).begin();
    Actor full = null;
    for (Mention x : g.ctx.actors().mentions()) {
      if (x.start() >= at || x.actor().kind() != ActorKind.PERSON) {
        continue;
      }
      String[] words = x.actor().name().toLowerCase(Locale.ROOT).split(" ");
      if (words.length > 1
          && (words[words.length - 1].equals(surname) || words.length == 2 && words[0].equals(surname))) {
        full = x.actor();
      }
    }
    return full == null ? m : ActorSpan.of(m.first(), m.last(), full, m.text());
  }

  private static boolean person(Actor a) {
    return a.isAdHoc() && a.kind() == ActorKind.PERSON;
  }
}
