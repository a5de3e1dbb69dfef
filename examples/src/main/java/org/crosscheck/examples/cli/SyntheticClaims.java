package org.crosscheck.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.DateSource;
import org.crosscheck.Evidence;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;

/**
 * Synthetic claims for the benchmarks: up to 10,000 holders with five targets each (out of 1,000), stances,
 * modalities, outlets and dates spread so that groups hold conflicts, agreements and repeats. Claim {@code i}
 * belongs to article {@code i % 50,000}, so 10^6 claims make 50,000 articles of 20 claims. Actor references and
 * attributions are shared as a host that interns them would share them. Public for the Spark benchmark. Immutable
 * and thread-safe.
 */
public final class SyntheticClaims {

  /** The number of articles the claims spread over. */
  public static final int ARTICLES = 50_000;

  private static final Stance[] STANCES = {Stance.SUPPORT, Stance.OPPOSE, Stance.SUPPORT, Stance.NEUTRAL};
  private static final Modality[] MODALITIES = {Modality.ASSERTED, Modality.ASSERTED, Modality.HEDGED,
      Modality.FUTURE};

  private final int holders;
  private final ActorRef[] holderRefs;
  private final ActorRef[] targetRefs = new ActorRef[1000];
  private final Attribution[] outlets = new Attribution[97];
  private final LocalDate[] dates = new LocalDate[300];

  /** The claims of a run of {@code count} claims. */
  public SyntheticClaims(int count) {
    holders = Math.max(1, Math.min(count, 10_000));
    holderRefs = new ActorRef[holders];
    for (int h = 0; h < holders; h++) {
      holderRefs[h] = new ActorRef("adhoc:person:holder-" + h, "Holder " + h, ActorKind.PERSON, "Holder " + h, false);
    }
    for (int t = 0; t < targetRefs.length; t++) {
      targetRefs[t] = new ActorRef("adhoc:organisation:target-" + t, "Target " + t, ActorKind.ORGANISATION,
          "Target " + t, false);
    }
    for (int o = 0; o < outlets.length; o++) {
      outlets[o] = new Attribution(List.of(new Attribution.Voice(Attribution.Role.OUTLET, "Outlet " + o,
          Optional.empty())), false, false);
    }
    for (int d = 0; d < dates.length; d++) {
      dates[d] = LocalDate.of(2024, 1, 1).plusDays(d);
    }
  }

  public int holders() {
    return holders;
  }

  /** The article of claim {@code i}. */
  public static String article(int i) {
    return "art" + (i % ARTICLES);
  }

  /** Claim {@code i}, with id {@code prefix + i}, in article {@code article}. */
  public Claim claim(int i, String prefix, String article) {
    int h = i % holders;
    int t = (h * 7 + (i / holders) % 5) % targetRefs.length;
    String text = "Holder " + h + " on target " + t + " (" + prefix + i + ").";
    return new Claim(prefix + i, article, i % 3 == 0 ? Language.ARABIC : Language.ENGLISH, holderRefs[h],
        Optional.empty(), Optional.of(targetRefs[t]), STANCES[(i / holders) % 4], "cue", false,
        MODALITIES[(i / (holders * 4)) % 4], outlets[i % outlets.length], Optional.of(dates[i % dates.length]),
        DateSource.TEXT, Optional.empty(), new Evidence(text, 0, text.length()), 0.5 + (i % 50) / 100.0);
  }
}
