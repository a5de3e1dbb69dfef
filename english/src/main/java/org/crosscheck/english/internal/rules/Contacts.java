package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.EventCode;
import org.crosscheck.Stance;
import org.crosscheck.english.internal.rules.EnglishLexicon.ContactClass;
import org.crosscheck.spi.ActorSpan;

/**
 * "met the Iranian foreign minister", "held talks with Y", "arrived in Ankara for talks", "is in contact with Y",
 * "received the Ugandan ambassador": contact ({@code contact-acts.tsv}) takes no side. CAMEO and PLOVER file
 * consultation (04) under cooperation, but a reader of a meeting sees two parties talking, not one backing the other,
 * and a meeting read as support would make the same actor's meeting and condemnation of Y a conflict. So a support
 * read from contact is NEUTRAL, its event code kept. Contact refused or denied keeps the stance its negation gives
 * ("refused to meet Y" opposes Y: the support it negates is no longer a support). A curated verb of stance keeps its
 * stance whatever code a loose dictionary pattern gives it ("joined Washington in condemning …", "welcomed the award
 * given to Kenya" is no hosting), and a peace force arriving is help, not a visit. Stateless.
 */
final class Contacts {

  private Contacts() {}

  /**
   * The stance the holder takes by the cue: {@code stance} (what the cue and its negation give), or NEUTRAL for a
   * support that is only contact with the {@code target}. Contact with no one named stays as the cue gives it, for
   * the article's rule on stances toward no one (a meeting "with no one" is no neutral claim worth keeping).
   */
  static Stance stance(Graph g, StanceCues.Cue cue, Optional<EventCode> event, Stance stance, ActorSpan target) {
    if (stance != Stance.SUPPORT || target == null || PeaceForces.sends(g, cue.head())
        || PeaceForces.arrives(g, cue.head())) {
      return stance;
    }
    String lemma = g.lemmaOf(cue.head()).toLowerCase(Locale.ROOT);
    boolean contact = Arrivals.visit(g, cue.head()) || g.lex.contactActs.get(lemma) == ContactClass.WORD
        || g.lex.contactActs.get(lemma) == ContactClass.OFFERED && !offered(g, cue.head())
        || g.lex.contactActs.get(cue.key()) == ContactClass.WORD
        || cue.dictionary() && event.filter(e -> coded(g, e.code())).isPresent();
    return contact ? Stance.NEUTRAL : stance;
  }

  /**
   * Whether the negated support of {@code cue} on {@code w} is a contact that did not happen ("has never come to
   * Kenya", "have not negotiated directly"): none, not a stance against the one it would have reached. "Refused to
   * meet Y" is a snub and stays one (no negative adverb); "did not meet the demands" refuses to yield (a code other
   * than consultation), but a negotiation the project lists keeps its contact whatever the dictionary codes it.
   */
  static boolean neverHappened(Graph g, StanceCues.Cue cue, Optional<EventCode> coded, IndexedWord w,
      ActorSpan target) {
    return stance(g, cue, coded, Stance.SUPPORT, target) == Stance.NEUTRAL
        && (coded.filter(e -> !e.code().startsWith("04")).isEmpty()
            || g.lex.contactActs.get(g.lemmaOf(cue.head()).toLowerCase(Locale.ROOT)) == ContactClass.OFFERED)
        && g.children(w, "advmod").stream().anyMatch(c -> g.lex.is(c.word(), EnglishLexicon.ModalityClass.NEGATION));
  }

  /**
   * The stance a negation of {@code stance} on {@code w} gives: the opposite, and for a neutral act refused ("refused
   * to discuss Y's demands", REFUSAL in {@code governors.tsv}) a snub, as "refused to meet Y" is. A neutral act that
   * only did not happen ("did not discuss Y") stays neutral.
   */
  static Stance negated(Graph g, IndexedWord w, Stance stance) {
    IndexedWord up = g.parent(w);
    return stance == Stance.NEUTRAL && up != null && g.relToParent(w).equals("xcomp")
        && g.governs(up, EnglishLexicon.GovernorClass.REFUSAL) ? Stance.OPPOSE : stance.opposite();
  }

  /** Whether a verb of support offers or agrees to the act {@code w} ("offered to negotiate with Y"). */
  private static boolean offered(Graph g, IndexedWord w) {
    IndexedWord p = g.parent(w);
    return p != null && g.relToParent(w).equals("xcomp") && g.lex.stanceVerbs.get(g.lemmaOf(p)) == Stance.SUPPORT;
  }

  private static boolean coded(Graph g, String code) {
    for (int n = code.length(); n > 0; n--) {
      if (g.lex.contactActs.get(code.substring(0, n)) == ContactClass.CODE) {
        return true;
      }
    }
    return false;
  }
}
