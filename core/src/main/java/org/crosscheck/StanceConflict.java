package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Reports of one stance holder's stance toward one target that conflict (or, for {@link ConflictKind#AGREEMENT},
 * agree), with the evidence an editor needs to trust it at a glance.
 *
 * <p>A conflict sets two reports against each other: two articles, or two voices of one article. All the pairs of
 * claims between them are one conflict, led by its best evidence pair (see {@link #kinds()}). Immutable and
 * thread-safe.
 *
 * @param id identifier from content: {@code c} ({@code a} for agreements) and 16 hex digits of a SHA-256 of the
 *     kind, the holder, the target and the sorted claim ids; the same claims give the same id in any run, order
 *     or batch, and an id changes when its kind or claims change
 * @param kind the kind of the leading pair of claims: opposite stances before a firm-against-hedged difference of
 *     one stance, dated pairs before undated ones, then the stronger score
 * @param holder the stance holder, lifted to the comparator's holder level (Russia, not Peskov)
 * @param target the target, lifted to the comparator's target level
 * @param claims the claims in conflict (at least two): the leading pair, earlier first, then the other claims of
 *     the two reports, oldest first; repeats of one report are folded into {@code corroborations}
 * @param corroborations other reports of the same claims (the same quote in another outlet, the same sentence
 *     twice); they do not count as independent sources
 * @param score how strong and trustworthy the conflict is, in [0, 1]: extraction confidence, modality, named
 *     against anonymous voices, time gap
 * @param reasons why the claims conflict, over all the pairs of the two reports
 * @param explanation the conflict in plain English, naming outlets, dates, languages, speakers and the reasons
 * @param kinds every kind found between the same two reports, {@code kind} first, the others in declaration order
 *     (a CONTRADICTION whose reports also show a HEDGE_MISMATCH lists both)
 */
public record StanceConflict(
    String id, ConflictKind kind, ActorRef holder, ActorRef target, List<Claim> claims,
    List<Claim> corroborations, double score, List<ConflictReason> reasons, String explanation,
    List<ConflictKind> kinds) {

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
    kinds = List.copyOf(kinds);
    checkArgument(!kinds.isEmpty() && kinds.get(0) == kind, "kinds must start with the kind %s, got %s", kind,
        kinds);
    checkArgument(kinds.stream().distinct().count() == kinds.size(), "kinds must not repeat, got %s", kinds);
  }

  /** A conflict whose two reports show only its own kind. */
  public StanceConflict(String id, ConflictKind kind, ActorRef holder, ActorRef target, List<Claim> claims,
      List<Claim> corroborations, double score, List<ConflictReason> reasons, String explanation) {
    this(id, kind, holder, target, claims, corroborations, score, reasons, explanation,
        List.of(requireNonNull(kind, "kind")));
  }
}
