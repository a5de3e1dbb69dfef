package org.crosscheck.english.internal.rules;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ActorKind;
import org.crosscheck.Language;
import org.crosscheck.spi.ActorSpan;

/**
 * A person whose name holds a place's: "Senator Paul Jordan", "Mayor Gabriel Madrid", "Jordan Bardella". The catalog
 * reads "Jordan" or "Madrid" as the state, which would make the senator's praise Jordan's. When the named-entity tagger
 * marks a run of words as one person and the run reaches past a catalog mention of a state or a place on either side,
 * the run is the person, an ad-hoc actor. A person or body the catalog knows keeps its reading, and so does a place
 * the tagger reads as a person by itself ("Jordan praised …": a run no longer than the mention), unless the article
 * named the person in full before: "Senator Paul Jordan … Jordan praised Israel" is the senator again, as news
 * calls a person by the surname after the first mention. A person the catalog knows by one word ("Hassan", "Bennett")
 * is not everyone so named: when the tagger's person run goes on around it with words none of the catalogued
 * person's names hold ("Hassan Ali Khaire", "Richard Bennett"), the run is another person, an ad-hoc actor, and so
 * is the mention of the rest of the run ("Ali Khaire"), and so is the word alone after the article named that other
 * person in full ("Richard Bennett … Bennett said"); "Bashar Hafez Assad" and "Antonio Manuel Guterres" stay the
 * catalogued persons. Stateless.
 */
final class PersonNames {

  private static final String PERSON = "PERSON";
  private static final Set<ActorKind> PLACES = Set.of(ActorKind.STATE, ActorKind.GOVERNMENT);

  /** Bodies whose one-word name may be a surname inside a person's name. */
  private static final Set<ActorKind> BODIES = Set.of(ActorKind.ARMED_GROUP, ActorKind.ORGANISATION, ActorKind.GROUP);

  private PersonNames() {}

  /** The person whose name {@code m} is part of, or {@code m} itself. */
  static ActorSpan of(Graph g, ActorSpan m) {
    ActorSpan other = otherPerson(g, m);
    ActorSpan before = m.implied() || m.first() == 0 ? null : g.ctx.mentionAt(m.first() - 1).orElse(null);
    if (other == null && before != null && before != m) {
      // "Ali Khaire" of "Hassan Ali Khaire": the rest of the other person's name.
      other = otherPerson(g, before);
      other = other != null && other.last() >= m.last() ? other : null;
    }
    if (other != null) {
      return other;
    }
    if (m.implied() || !PLACES.contains(m.actor().kind())) {
      return m;
    }
    EnglishSentence s = g.ctx.sentence();
    for (int k = m.first(); k <= m.last(); k++) {
      if (!s.ner(k).equals(PERSON)) {
        return m;
      }
    }
    int[] run = g.nerRun(m.first(), m.last(), PERSON);
    int from = run[0];
    int to = run[1];
    if (from == m.first() && to == m.last()) {
      // A surname alone the tagger takes for a person: one it takes for a place stays the place, since a place's name
      // follows many a capitalised word that is no given name ("the South China Sea … China", "Northern Cyprus").
      String full = earlierFullName(g, m);
      return full == null ? m : ActorSpan.of(m.first(), m.last(), g.ctx.actors().adHoc(full, ActorKind.PERSON),
          g.text(m.first(), m.last()));
    }
    String surface = g.text(from, to);
    return ActorSpan.of(from, to, g.ctx.actors().adHoc(surface, ActorKind.PERSON), surface);
  }

  /**
   * The ad-hoc person whose name holds the one-word catalogued person {@code m} among words none of its names hold,
   * or null. Also a body's one-word name inside a longer person's name the tagger reads ("Congo's foreign minister
   * Therese Kayikwamba Wagner": not the Wagner group), and alone after such a name in full, as a person's surname is.
   */
  static ActorSpan otherPerson(Graph g, ActorSpan m) {
    boolean person = m.actor().kind() == ActorKind.PERSON;
    if (m.implied() || m.first() != m.last() || m.actor().isAdHoc() || !person && !BODIES.contains(m.actor().kind())
        || !g.ctx.sentence().ner(m.first()).equals(PERSON)) {
      return null;
    }
    int[] run = g.nerRun(m.first(), m.last(), PERSON);
    if (run[0] == m.first() && run[1] == m.last()) {
      // "Bennett accused …" after "the rapporteur, Richard Bennett,": the person named in full before.
      String full = earlierFullName(g, m);
      return full == null ? null
          : ActorSpan.of(m.first(), m.last(), g.ctx.actors().adHoc(full, ActorKind.PERSON), g.text(m.first(), m.last()));
    }
    Set<String> own = new HashSet<>();
    for (String name : m.actor().names().getOrDefault(Language.ENGLISH, List.of())) {
      own.addAll(Arrays.asList(name.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    }
    for (int k = run[0]; k <= run[1]; k++) {
      if (k != m.first() && (!g.capitalised(k) || Arrays.stream(g.toks.get(k).word()
          .toLowerCase(Locale.ROOT).split("-")).anyMatch(own::contains))) {
        return null;
      }
    }
    String surface = g.text(run[0], run[1]);
    return ActorSpan.of(run[0], run[1], g.ctx.actors().adHoc(surface, ActorKind.PERSON), surface);
  }

  /**
   * "Rafael Medina" when the article, before {@code m}, wrote its words after a capitalised word that is neither a
   * function word ("In Medina") nor part of an actor's name ("Greek Cyprus"); else null.
   */
  private static String earlierFullName(Graph g, ActorSpan m) {
    String surname = g.text(m.first(), m.last());
    int at = g.ctx.tokens().get(m.first()).begin();
    Matcher x = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)\\s+" + Pattern.quote(surname)
        + "(?![\\p{L}\\p{N}])").matcher(g.ctx.article().text());
    x.region(0, at);
    while (x.find()) {
      String first = x.group(1);
      if (!g.lex.titleWords.contains(first.toLowerCase(Locale.ROOT))
          && !overlapsMention(g, x.start(1), x.end(1))) {
        return first + " " + surname;
      }
    }
    return null;
  }

  /**
   * Whether a catalogued actor's name covers part of {@code [start, end)}: "South" in "South Korea" is no first name.
   * The catalog's own guesses at unknown capitalised runs ("Senator Paul") do not count.
   */
  private static boolean overlapsMention(Graph g, int start, int end) {
    return g.ctx.actors().mentions().stream()
        .anyMatch(x -> !x.actor().isAdHoc() && x.start() < end && start < x.end());
  }
}
