package org.crosscheck.arabic.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.ObjectClass;
import org.crosscheck.spi.ActorSpan;

/**
 * Envoys summoned: "استدعت الخارجية الكويتية السفير الإيراني", "تستدعي باريس القائم بالأعمال الروسي". A verb of
 * summoning ({@code objects.tsv}, SUMMON) is an official complaint (CAMEO 114, as the English event patterns read
 * "summoned the ambassador") against the envoy's state only when an envoy ({@code objects.tsv}, ENVOY) is its object:
 * the first noun after it, past the holder when the verb comes first. A witness, an official or reserves summoned
 * ("استدعت المحكمة الشهود", "استدعاء الاحتياط") are no one complained against. A state's own envoy called home
 * ("استدعت سفيرها لدى …"), a recall, is left alone: the rules find no target there. The target is the state the
 * envoy's words name, which the catalog reads in them (the agent noun with its demonym or genitive) and {@link
 * Targets} finds, when it is a state, a government or an international body ({@link #represented}). Stateless.
 */
final class Summons {

  private Summons() {}

  /** How many words after the verb the envoy may stand, the holder's aside. */
  static final int REACH = 2;

  /** Whether the curated entry {@code lemma} is a verb of summoning. */
  static boolean verb(Reading r, String lemma) {
    return r.lex.is(lemma, ObjectClass.SUMMON);
  }

  /** Whether token {@code i} is read as a verb of summoning. */
  static boolean at(Reading r, int i) {
    return r.isVerb(i) && r.verbIn(i, ObjectClass.SUMMON);
  }

  /**
   * Whether a summons' target is a catalogued state, government or international body, whose envoy was summoned;
   * not a person, nor an ad-hoc actor a title alone names ("استدعت الشرطة سفير النوايا الحسنة": no diplomat of a
   * state).
   */
  static boolean represented(ActorSpan target) {
    ActorKind k = target.actor().kind();
    return !target.actor().isAdHoc()
        && (k == ActorKind.STATE || k == ActorKind.GOVERNMENT || k == ActorKind.INTERNATIONAL_BODY);
  }

  /** Whether the verb at {@code i} summons another state's envoy. */
  static boolean envoy(Reading r, int i) {
    int j = i + 1;
    for (int seen = 0; j < r.size() && seen < REACH; seen++) {
      if (r.nounIn(j, ObjectClass.ENVOY)) {
        return true;
      }
      if (r.hasMention(j) && j == i + 1) {
        // The holder, after a verb that comes first.
        j = r.mention(j).last() + 1;
        continue;
      }
      j++;
    }
    return false;
  }
}
