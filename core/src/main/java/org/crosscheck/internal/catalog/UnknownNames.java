package org.crosscheck.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ActorKind;
import org.crosscheck.internal.text.Tokens.Token;
import org.crosscheck.spi.MentionGrammar.Word;

/**
 * Runs of two or more capitalised words the catalog lacks ("Zorblat Quenneville"), with lower-case name particles
 * inside ("Harakat al-Tahrir al-Watani", "Ursula von der Leyen"), the second syllable of a hyphenated given name
 * ("Lee Jae-myung"), an ampersand ("Procter & Gamble"), a possessive before an organisation's head ("People's
 * Party") or a connecting word in an organisation's name ("National League for Democracy", {@link
 * Word#NAME_CONNECTOR}), become ad-hoc actors of unknown kind, for languages whose grammar asks for it ({@link
 * org.crosscheck.spi.MentionGrammar#adHocNames()}). Words of the grammar's {@link Word#NOT_NAME} list, all-capital
 * words and single words are not names; a run that ends with a {@link Word#THING_HEAD} names a thing, a place or an
 * event, and makes no actor, and so does a run that names the portfolio of a {@link Word#PORTFOLIO_TITLE} after it
 * ("Home Affairs Minister"). After a title noun, a state's name that ends a given name is the person's family name
 * ("Prime Minister Luís Montenegro", "Representative Jim Jordan"): the person is made, and the state is no mention.
 * Stateless.
 */
final class UnknownNames {

  private UnknownNames() {}

  /** Names outside the {@code known} candidates. */
  static List<Candidate> find(Passage p, List<Candidate> known) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < p.tokens.size()) {
      if (Candidate.inside(known, i) || !isNameWord(p, p.tokens.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < p.tokens.size() && !Candidate.inside(known, j) && (spaceOrHyphenBefore(p, j) || ownedHead(p, j))
          && (isNameWord(p, p.tokens.get(j)) || isParticle(p, j) || givenNameSyllable(p, i, j))) {
        j++;
      }
      int run = j;
      while (j > i + 1 && isParticle(p, j - 1)) {
        j--;
      }
      for (int k = joined(p, known, i, j); k > j; k = joined(p, known, i, j)) {
        j = k;
      }
      // "Brigadier General Turki al-Maliki": the particles before a known family name belong to the name.
      Candidate family = surname(p, known, i, j == run || j < run && particlesOnly(p, j, run) ? run : j);
      if (family != null) {
        j = family.from;
        // "Prime Minister Luís Montenegro", "Representative Jim Jordan": after a title, a state's name ending the
        // name is the person's family name.
        family.actor = null;
        int from = p.grammar.is(Word.TITLE_NOUN, p.tokens.get(i).folded()) ? i + 1 : i;
        Candidate c = new Candidate(from, j + 1);
        c.actor = MadeUpActors.adHoc(p.text.substring(p.tokens.get(from).start(), p.tokens.get(j).end()),
            ActorKind.PERSON, null);
        out.add(c);
        i = j + 1;
        continue;
      }
      // "signed the Comprehensive Economic Partnership Agreement": the name of a thing is no actor, nor is any part
      // of it.
      if (j - i >= 2 && !p.grammar.is(Word.THING_HEAD, p.tokens.get(j - 1).folded()) && !portfolio(p, j)) {
        Candidate c = new Candidate(i, j);
        c.actor = MadeUpActors.adHoc(p.text.substring(p.tokens.get(i).start(), p.tokens.get(j - 1).end()),
            ActorKind.UNKNOWN, null);
        out.add(c);
      }
      i = j;
    }
    return out;
  }

  /**
   * The catalog match at {@code j} that is the family name of the person named by the run [{@code i}, {@code j}),
   * or null: a title noun before the run or opening it, one or two given names, then one word naming a state or
   * its government, not possessive ("Minister X Egypt's"), after which no capitalised word goes on.
   */
  private static Candidate surname(Passage p, List<Candidate> known, int i, int j) {
    boolean titleFirst = p.grammar.is(Word.TITLE_NOUN, p.tokens.get(i).folded());
    boolean titleBefore = i > 0 && p.grammar.is(Word.TITLE_NOUN, p.tokens.get(i - 1).folded()) && p.joined(i);
    if (!(titleBefore || titleFirst && j - i >= 2) || j >= p.tokens.size() || !p.joinedInName(j)) {
      return null;
    }
    Candidate c = Candidate.startingAt(known, j);
    int given = titleFirst ? i + 1 : i;
    if (c == null || c.to != j + 1 || c.actor == null || c.title != null || p.tokens.get(j).possessive()
        || j - given > 2 || !(c.actor.kind() == ActorKind.STATE || c.actor.kind() == ActorKind.GOVERNMENT
            || c.actor.kind() == ActorKind.PERSON && !givenNameOf(p, given, j, c.actor))) {
      return null;
    }
    return j + 1 < p.tokens.size() && p.tokens.get(j + 1).capitalized() && p.joinedInName(j + 1) ? null : c;
  }

  /**
   * Whether one of the words [{@code from}, {@code to}) that are no particles is in a name the catalog gives the
   * person: "Nuri al-Maliki" is not "Turki al-Maliki", whom the catalog's "Maliki" would otherwise stand for.
   */
  private static boolean givenNameOf(Passage p, int from, int to, org.crosscheck.Actor person) {
    for (int k = from; k < to; k++) {
      if (isParticle(p, k)) {
        continue;
      }
      String word = p.tokens.get(k).folded();
      for (List<String> names : person.names().values()) {
        for (String n : names) {
          if (org.crosscheck.internal.text.Tokens.tokenize(n).stream().anyMatch(t -> t.folded().equals(word))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the tokens [{@code from}, {@code to}) are all name particles ("al", "bin"). */
  private static boolean particlesOnly(Passage p, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isParticle(p, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the run [{@code i}, {@code j}) joined by a {@link Word#NAME_CONNECTOR} or {@link Word#NAME_CONJUNCTION}
   * at {@code j} to the run of name words after it, when the words are one organisation's name ({@link
   * Word#ORGANISATION_HEAD}); else {@code j}.
   */
  private static int joined(Passage p, List<Candidate> known, int i, int j) {
    boolean conjunction = j < p.tokens.size() && p.grammar.is(Word.NAME_CONJUNCTION, p.tokens.get(j).folded());
    if (j + 1 >= p.tokens.size() || !conjunction && !p.grammar.is(Word.NAME_CONNECTOR, p.tokens.get(j).folded())
        || Candidate.inside(known, j + 1) || !spaceOrHyphenBefore(p, j) || !spaceOrHyphenBefore(p, j + 1)
        || !isNameWord(p, p.tokens.get(j + 1))) {
      return j;
    }
    int end = j + 2;
    while (end < p.tokens.size() && !Candidate.inside(known, end) && spaceOrHyphenBefore(p, end)
        && isNameWord(p, p.tokens.get(end))) {
      end++;
    }
    boolean joins = conjunction
        ? !head(p, j - 1) && head(p, end - 1)
        : java.util.stream.IntStream.range(i, j).anyMatch(k -> head(p, k));
    return joins ? end : j;
  }

  /**
   * Whether token {@code j} is an organisation's head after a possessive in its name ("European People's Party",
   * {@link Word#ORGANISATION_HEAD}): "'s" and a space before it, where a person's possession ("Ruto's Party") is rare
   * enough in capitals.
   */
  private static boolean ownedHead(Passage p, int j) {
    return p.tokens.get(j - 1).possessive() && head(p, j) && p.tokens.get(j).start() - p.tokens.get(j - 1).end() <= 3;
  }

  private static boolean head(Passage p, int k) {
    return p.grammar.is(Word.ORGANISATION_HEAD, p.tokens.get(k).folded());
  }

  /**
   * Whether the run ending before token {@code j} is a portfolio: a {@link Word#PORTFOLIO_TITLE} follows it ("Home
   * Affairs Minister Kithure Kindiki"). Only right after it: in "William Ruto and Interior Minister X" the run before
   * the joining word is a person's name.
   */
  private static boolean portfolio(Passage p, int j) {
    return j < p.tokens.size() && p.grammar.is(Word.PORTFOLIO_TITLE, p.tokens.get(j).folded());
  }

  /**
   * One or two characters between tokens {@code j - 1} and {@code j}: spaces, hyphens or apostrophes; or an ampersand
   * between spaces, which joins the words of one name ("Computer & Communications Industry Association").
   */
  private static boolean spaceOrHyphenBefore(Passage p, int j) {
    int a = p.tokens.get(j - 1).end();
    int b = p.tokens.get(j).start();
    if (p.text.substring(a, b).equals(" & ")) {
      return true;
    }
    for (int k = a; k < b; k++) {
      char c = p.text.charAt(k);
      if (c != ' ' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return b - a <= 2;
  }

  /**
   * Whether token {@code j} is the lower-case second syllable of a hyphenated given name, after a family name and
   * the first syllable ("Lee Jae-myung", "Kuan Bi-ling", "Kim Jong-un"): a hyphen alone before it, and a short word
   * of letters that is no participle ("Abu Dhabi-based", where the place is known anyway).
   */
  private static boolean givenNameSyllable(Passage p, int i, int j) {
    Token t = p.tokens.get(j);
    String w = t.folded();
    return j - i >= 2 && w.length() <= 5 && !w.endsWith("ed")
        && w.chars().allMatch(Character::isLetter)
        && p.text.substring(p.tokens.get(j - 1).end(), t.start()).equals("-");
  }

  private static boolean isParticle(Passage p, int j) {
    return p.grammar.is(Word.NAME_PARTICLE, p.form(j));
  }

  private static boolean isNameWord(Passage p, Token t) {
    return t.capitalized() && !t.allCaps() && t.folded().length() >= 2 && !p.grammar.is(Word.NOT_NAME, t.folded())
        && Character.isLetter(t.folded().charAt(0));
  }
}
