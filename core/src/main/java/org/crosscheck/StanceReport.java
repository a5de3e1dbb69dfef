package org.crosscheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link StanceComparator} found in a set of claims: conflicts ranked by score, agreements, and a stance
 * timeline per holder and target. The same claims in any order give an equal report. Immutable and thread-safe.
 *
 * @param claims every claim compared, in a deterministic order (by id)
 * @param conflicts conflicts, strongest first (kinds other than {@link ConflictKind#AGREEMENT})
 * @param agreements agreements, strongest first
 * @param timelines one timeline per holder and target with at least one claim, ordered by holder and target
 */
public record StanceReport(List<Claim> claims, List<StanceConflict> conflicts, List<StanceConflict> agreements,
    List<Timeline> timelines) {

  public StanceReport {
    claims = List.copyOf(claims);
    conflicts = List.copyOf(conflicts);
    agreements = List.copyOf(agreements);
    timelines = List.copyOf(timelines);
  }

  /** The claim with this id, when the report holds it. */
  public Optional<Claim> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Claims by id, in report order. */
  public Map<String, Claim> claimsById() {
    Map<String, Claim> m = new LinkedHashMap<>();
    claims.forEach(c -> m.put(c.id(), c));
    return m;
  }
}
