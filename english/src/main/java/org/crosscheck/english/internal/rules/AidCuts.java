package org.crosscheck.english.internal.rules;

import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;

/**
 * "The WFP will stop cash assistance to 250,000 refugees", "UNHCR cut aid to the camps' residents": an aid body or a
 * charity that stops, cuts or withholds the help it gives people in need is short of money or of access, not against
 * them, so the support its negation would turn into opposition is no claim. Only a body of that kind (an
 * international body or an organisation) and people it helps (a group of people, "refugees", "Syrian refugees"): a
 * state that cuts aid to another ("the United States cut aid to Ethiopia") opposes it as before. Stateless.
 */
final class AidCuts {

  private AidCuts() {}

  /** Whether the negated support of {@code holder} toward {@code target} is an aid body's cut to people it helps. */
  static boolean cut(ActorSpan holder, ActorSpan target) {
    ActorKind h = holder.actor().kind();
    return target != null && (h == ActorKind.INTERNATIONAL_BODY || h == ActorKind.ORGANISATION)
        && target.actor().kind() == ActorKind.GROUP;
  }
}
