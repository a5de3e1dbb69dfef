package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;

/**
 * Actors named by a common noun ({@link AgentNouns}: "مسلحون", "المتظاهرين", "قوات الأمن", "الشرطة") where the
 * catalog found none, added to the sentence's mentions. The noun is read on its stems (مسلحين، المسلحون، مسلحو) but
 * not on a stem that only lost a teh marbuta (معارضة is opposition, not an opponent), and only where the tagger read
 * a noun that heads its phrase (an adjective after a noun, "جماعة مسلحة", is not an actor of its own). What follows
 * says whose they are:
 * <ul>
 *   <li>a nisba adjective of a state among its adjectives ("مسلحون فلسطينيون") makes the state's sector (PSE +
 *       UAF), as the catalog does for the phrases it knows;</li>
 *   <li>a catalogued actor in the genitive or after "من" ("مسلحو حماس", "جنود الجيش الإسرائيلي", "متمردون من
 *       طالبان") makes them that actor's: a state's sector, or the organisation itself; not an actor right after
 *       an adjective, which closes the construct ("متظاهرون غاضبون السفارة": the embassy is another word's);</li>
 *   <li>otherwise they are an ad-hoc actor of the noun's name and its sector's kind ("مسلحون", armed group).</li>
 * </ul>
 * A demonym used as a plural noun ("آلاف الإيرانيين") names the people of its state; a weapon with a demonym
 * ("صاروخ إسرائيلي") its state's forces ({@link WeaponNisbas}).
 * The span takes in up to {@link #ADJECTIVES} adjective ("مسلحين مجهولين"). Stateless.
 */
final class CommonActors {

  private CommonActors() {}

  /** "من" between agents and whose they are ("متمردا من طالبان"). */
  private static final String PARTITIVE = "\u0645\u0646";

  /** How many adjectives after the noun belong to its mention. */
  static final int ADJECTIVES = 1;

  /** Adds the common-noun actors of the sentence to its mentions. */
  static void add(Reading r) {
    for (int i = 0; i < r.size(); i++) {
      if (r.hasMention(i) || !heads(r, i)) {
        continue;
      }
      Match m = longest(r, i);
      if (m == null) {
        int weapon = WeaponNisbas.add(r, i);
        if (weapon >= 0) {
          i = weapon;
        } else {
          people(r, i);
        }
        continue;
      }
      ActorSpan span = span(r, i, m);
      r.ctx.addMention(span);
      r.noteSector(i, m.entry().sector());
      i = span.last();
    }
  }

  /**
   * A demonym standing as a plural noun ("آلاف الإيرانيين", "الفلسطينيين"): the people of that state (its CVL
   * sector), when no noun before it makes it an adjective.
   */
  private static void people(Reading r, int i) {
    if (!r.tag(i).contains("NNS") || i > 0 && r.tag(i - 1).contains("NN") && !Arguments.quantifier(r, i - 1)) {
      return;
    }
    r.actors().stateOfDemonym(r.folded(i))
        .flatMap(state -> r.actors().catalog().actor(state.cameo().orElse(state.id()) + Sector.CVL.name()))
        .ifPresent(a -> {
          r.ctx.addMention(ActorSpan.of(i, i, a, r.word(i)));
          r.noteSector(i, Sector.CVL);
        });
  }

  /** An agent noun found at a token: the entry and its last token. */
  private record Match(AgentNouns.Entry entry, int last) {}

  /**
   * Whether token {@code i} can head a noun phrase: a noun, or an adjective that follows no noun or follows a noun
   * of an agent phrase, which no adjective describes ("بنيران مسلحين", "على يد مسلحين": the fire of gunmen).
   */
  private static boolean heads(Reading r, int i) {
    String t = r.tag(i);
    if (t.contains("NN") && !t.contains("NNP")) {
      return true;
    }
    return (t.contains("JJ") || t.equals("VN")) && (i == 0 || !r.tag(i - 1).contains("NN")
        || r.lex.is(r.key(i - 1), ArabicLexicon.SyntaxClass.PASSIVE_AGENT));
  }

  private static Match longest(Reading r, int i) {
    Match best = null;
    for (ArabicStemmer.Stem st : r.s.stems(i)) {
      if (!usable(r, i, st)) {
        continue;
      }
      for (AgentNouns.Entry e : r.lex.agents.startingWith(st.form())) {
        int last = i + e.words().size() - 1;
        if (last >= r.size() || best != null && last <= best.last()) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < e.words().size() && all; k++) {
          all = !r.hasMention(i + k) && reads(r, i + k, e.words().get(k));
        }
        if (all) {
          best = new Match(e, last);
        }
      }
    }
    return best;
  }

  /**
   * A stem an agent noun may be read on: a noun's, not one that only lost a teh marbuta, nor one that lost a nisba
   * ending ({@link #nisbaEnding}).
   */
  private static boolean usable(Reading r, int i, ArabicStemmer.Stem st) {
    if (!st.nominal()) {
      return false;
    }
    String rest = org.crosscheck.spi.TextForms.fold(r.word(i).substring(st.end()));
    return !rest.equals("ه") && !nisbaEnding(rest, r.tag(i).startsWith("DT"));
  }

  /**
   * Whether what a stem lost is the ending of a nisba adjective rather than of a plural of people: "ية" ("العسكرية",
   * "عسكرية": military, of a noun) never ends a plural, and "ي" after the article is no construct plural, which
   * never takes the article ("العسكري" is an adjective; "عسكريو الجيش", "مسلحي الحركة" are people).
   */
  static boolean nisbaEnding(String rest, boolean definite) {
    return rest.equals("\u064a\u0647") || definite && rest.equals("\u064a");
  }

  /** Whether token {@code j} reads as the agent word {@code w}. */
  private static boolean reads(Reading r, int j, String w) {
    if (r.key(j).equals(w)) {
      return true;
    }
    for (ArabicStemmer.Stem st : r.s.stems(j)) {
      if (st.form().equals(w) && usable(r, j, st)) {
        return true;
      }
    }
    return false;
  }

  /** The mention of the agent noun matched at {@code i}, with its adjectives and whose it is. */
  private static ActorSpan span(Reading r, int i, Match m) {
    Sector sector = m.entry().sector();
    int last = m.last();
    Actor state = null;
    for (int k = last + 1; k <= Math.min(r.size() - 1, m.last() + ADJECTIVES) && !r.hasMention(k)
        && r.tag(k).contains("JJ"); k++) {
      last = k;
      if (state == null) {
        state = r.actors().stateOfDemonym(r.folded(k)).orElse(null);
      }
    }
    if (state != null) {
      Optional<Actor> composite = r.actors().catalog().actor(state.cameo().orElse(state.id()) + sector.name());
      if (composite.isPresent()) {
        return ActorSpan.of(i, last, composite.get(), r.text(i, last));
      }
    }
    int g0 = last + 1 < r.size() && r.folded(last + 1).equals(PARTITIVE) ? last + 2 : last + 1;
    // After an adjective the noun's construct is closed: the actor right after is no genitive of it ("هاجم متظاهرون
    // غاضبون السفارة الفرنسية": the embassy is the object), though "من" may still say whose they are.
    boolean closed = last > m.last() && g0 == last + 1;
    if (!closed && g0 < r.size() && r.hasMention(g0) && (g0 == last + 1 || !r.mention(g0).anonymous())) {
      ActorSpan g = r.mention(g0);
      Optional<Actor> owner = owner(r, g.actor(), sector);
      if (owner.isPresent()) {
        return ActorSpan.of(i, g.last(), owner.get(), r.text(i, g.last()));
      }
    }
    ActorKind kind = sector.kind();
    return ActorSpan.of(i, last, r.actors().adHoc(m.entry().name(), kind), r.text(i, last));
  }

  /** Whose agents a genitive actor makes them: a state's sector, an organisation or armed group itself. */
  private static Optional<Actor> owner(Reading r, Actor genitive, Sector sector) {
    return switch (genitive.kind()) {
      case STATE -> r.actors().catalog().actor(genitive.cameo().orElse(genitive.id()) + sector.name());
      case GOVERNMENT, ORGANISATION, ARMED_GROUP, GROUP, INTERNATIONAL_BODY -> Optional.of(genitive);
      default -> Optional.empty();
    };
  }
}
