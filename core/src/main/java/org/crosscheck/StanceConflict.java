package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Reports of one stance holder's stance toward one target that conflict (or, for {@link ConflictKind#AGREEMENT},
 * agree), with the evidence an editor needs to trust it at a glance.
 *
 * @param id stable identifier within a report ({@code c1}, {@code c2} … for conflicts, {@code a1} … for
 *     agreements), assigned in rank order
 * @param kind the kind
 * @param holder the stance holder, lifted to the comparator's holder level (Russia, not Peskov)
 * @param target the target, lifted to the comparator's target level
 * @param claims the claims in conflict, oldest first (at least two); repeats of one report are folded into
 *     {@code corroborations}
 * @param corroborations other reports of the same claims (the same quote in another outlet, the same sentence
 *     twice); they do not count as independent sources
 * @param score how strong and trustworthy the conflict is, in [0, 1]: extraction confidence, modality, named
 *     against anonymous voices, time gap
 * @param reasons why the claims conflict
 * @param explanation the conflict in plain English, naming outlets, dates, languages, speakers and the reasons
 */
public record StanceConflict(
    String id, ConflictKind kind, ActorRef holder, ActorRef target, List<Claim> claims,
    List<Claim> corroborations, double score, List<ConflictReason> reasons, String explanation) {

  public StanceConflict {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(holder, "holder");
    requireNonNull(target, "target");
    claims = List.copyOf(claims);
    checkArgument(claims.size() >= 2, "a conflict needs at least two claims, got %s", claims.size());
    corroborations = List.copyOf(corroborations);
    checkArgument(score >= 0.0 && score <= 1.0, "score must be in [0, 1], got %s", score);
    reasons = List.copyOf(reasons);
    requireNonNull(explanation, "explanation");
  }
}
