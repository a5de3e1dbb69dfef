package org.crosscheck.internal.catalog;

import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.MentionGrammar.Word;

/**
 * A title and a person the catalog knows, side by side, become one mention of the person with that title: the
 * title first ("Kremlin spokesman Dmitry Peskov"), with one {@link Word#FORMER} word between them allowed ("الرئيس
 * السوري السابق بشار الأسد"), or the person first and the title in apposition after a comma, maybe with an
 * {@link Word#APPOSITION_ARTICLE} ("Peskov, the Kremlin spokesman", "أوشاكوف، مستشار الكرملين"). A media title
 * before an outlet's name counts too ("the Egyptian news agency MENA"). Stateless.
 */
final class TitledPersons {

  private TitledPersons() {}

  static void apply(Passage p, List<Candidate> items) {
    for (int k = 0; k + 1 < items.size(); k++) {
      Candidate a = items.get(k);
      Candidate b = items.get(k + 1);
      Candidate person = null;
      Candidate title = null;
      if (Passage.isTitle(a) && (Passage.isPerson(b) || isNamedOutlet(a, b))
          && (p.adjacent(a.to, b.from, false) || formerBetween(p, a.to, b.from))) {
        title = a;
        person = b;
      } else if (Passage.isPerson(a) && Passage.isTitle(b) && appositive(p, a.to, b.from)) {
        person = a;
        title = b;
      }
      if (person == null) {
        continue;
      }
      Candidate merged = Candidate.of(a.from, b.to, person.actor, false);
      merged.title = title.actor;
      items.set(k, merged);
      items.remove(k + 1);
    }
  }

  /** "the Egyptian news agency MENA": a media sector title and the outlet's name. */
  private static boolean isNamedOutlet(Candidate title, Candidate name) {
    return name.actor != null && name.actor.kind() == ActorKind.MEDIA && title.actor != null
        && title.actor.id().endsWith("MED");
  }

  /** "الرئيس اللبناني السابق ميشال عون": one "former" word between a title and a name. */
  static boolean formerBetween(Passage p, int titleEnd, int nameStart) {
    return nameStart == titleEnd + 1 && p.grammar.is(Word.FORMER, p.form(titleEnd)) && p.joined(titleEnd)
        && p.joined(nameStart);
  }

  /** "Peskov, the Kremlin spokesman" / "أوشاكوف، مستشار الكرملين": a comma, maybe an article, then the title. */
  static boolean appositive(Passage p, int personEnd, int titleStart) {
    int gap = titleStart - personEnd;
    if (gap > 1 || gap == 1 && !p.grammar.is(Word.APPOSITION_ARTICLE, p.form(personEnd))) {
      return false;
    }
    boolean comma = false;
    for (int k = p.tokens.get(personEnd - 1).end(); k < p.tokens.get(personEnd).start(); k++) {
      char c = p.text.charAt(k);
      if (c == ',' || c == '\u060C') {
        comma = true;
      } else if (!Character.isWhitespace(c) || c == '\n') {
        return false;
      }
    }
    return comma;
  }
}
