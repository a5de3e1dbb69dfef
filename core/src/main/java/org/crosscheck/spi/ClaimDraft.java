package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.Modality;
import org.crosscheck.Stance;

/**
 * What a language module's rules read from one sentence: a holder's stance toward a target, the voice that reports
 * it, and the features the extraction driver needs to finish the claim. The driver resolves offices on the claim's
 * date, applies the background and ended-government filters, folds duplicates, dates the claim, scores it with one
 * confidence policy for every language and assigns its id; rules never build a {@link org.crosscheck.Claim}
 * themselves.
 *
 * @param holder who takes the stance
 * @param target toward whom, when the sentence names someone
 * @param stance the stance after negation
 * @param cue the words that decided the stance, as written
 * @param cueToken the token of the cue's head in the sentence
 * @param negated whether a negation turned the cue around
 * @param modality how firmly the claim is put
 * @param speaker the voice that reports the claim, when it differs from the holder or names it more precisely
 * @param agencies outlets and agencies the claim is carried by, outermost first
 * @param unnamedVoice whether an unnamed voice ("sources", "reports", "تقارير") reports the claim
 * @param direct whether the cue stands inside quotation marks
 * @param report whether and by whom the claim is reported
 * @param lookingBack whether the clause's time modifiers place it in the past ("in 2015", "historically")
 * @param nominalCue whether the cue is a noun or adjective rather than a verb
 * @param fallbackTarget whether the target was not an argument of the cue but the one other actor of the sentence
 * @param event the CAMEO event the cue reports, when one applies
 */
public record ClaimDraft(
    ActorSpan holder,
    Optional<ActorSpan> target,
    Stance stance,
    String cue,
    int cueToken,
    boolean negated,
    Modality modality,
    Optional<ActorSpan> speaker,
    List<ActorSpan> agencies,
    boolean unnamedVoice,
    boolean direct,
    Report report,
    boolean lookingBack,
    boolean nominalCue,
    boolean fallbackTarget,
    Optional<org.crosscheck.EventCode> event) {

  public ClaimDraft {
    requireNonNull(holder, "holder");
    requireNonNull(target, "target");
    requireNonNull(stance, "stance");
    requireNonNull(cue, "cue");
    checkArgument(cueToken >= 0, "cueToken must be >= 0, got %s", cueToken);
    requireNonNull(modality, "modality");
    requireNonNull(speaker, "speaker");
    requireNonNull(report, "report");
    agencies = List.copyOf(agencies);
    requireNonNull(event, "event");
  }

  /** Whether a claim is reported speech, and whether a named voice reports it. */
  public enum Report {
    /** The article narrates it. */
    NARRATED,
    /** Reported speech without a named voice: an agency, "sources", "reports". */
    UNNAMED,
    /** Reported speech of a named voice (who may be the holder: "Russia said it would …"). */
    NAMED
  }

  /** A builder for a draft of {@code holder}'s {@code stance}, cued by {@code cue} at token {@code cueToken}. */
  public static Builder builder(ActorSpan holder, Stance stance, String cue, int cueToken) {
    return new Builder(holder, stance, cue, cueToken);
  }

  /** The same draft voiced by {@code speaker} (a quote's speaker found after the quote), as direct speech. */
  public ClaimDraft voicedBy(ActorSpan speaker) {
    requireNonNull(speaker, "speaker");
    return new ClaimDraft(holder, target, stance, cue, cueToken, negated, modality, Optional.of(speaker), agencies,
        unnamedVoice, true, Report.NAMED, lookingBack, nominalCue, fallbackTarget, event);
  }

  /** Builds a {@link ClaimDraft}. Not thread-safe. */
  public static final class Builder {
    private final ActorSpan holder;
    private final Stance stance;
    private final String cue;
    private final int cueToken;
    private ActorSpan target;
    private boolean negated;
    private Modality modality = Modality.ASSERTED;
    private ActorSpan speaker;
    private final List<ActorSpan> agencies = new ArrayList<>();
    private boolean unnamedVoice;
    private boolean direct;
    private Report report = Report.NARRATED;
    private boolean lookingBack;
    private boolean nominalCue;
    private boolean fallbackTarget;
    private org.crosscheck.EventCode event;

    private Builder(ActorSpan holder, Stance stance, String cue, int cueToken) {
      this.holder = requireNonNull(holder, "holder");
      this.stance = requireNonNull(stance, "stance");
      this.cue = requireNonNull(cue, "cue");
      checkArgument(cueToken >= 0, "cueToken must be >= 0, got %s", cueToken);
      this.cueToken = cueToken;
    }

    public Builder target(Optional<ActorSpan> target) {
      this.target = requireNonNull(target, "target").orElse(null);
      return this;
    }

    public Builder negated(boolean negated) {
      this.negated = negated;
      return this;
    }

    public Builder modality(Modality modality) {
      this.modality = requireNonNull(modality, "modality");
      return this;
    }

    public Builder speaker(Optional<ActorSpan> speaker) {
      this.speaker = requireNonNull(speaker, "speaker").orElse(null);
      return this;
    }

    /** Adds an agency; agencies are listed outermost first, each once. */
    public Builder agency(ActorSpan agency) {
      requireNonNull(agency, "agency");
      if (agencies.stream().noneMatch(a -> a.actor().id().equals(agency.actor().id()))) {
        agencies.add(agency);
      }
      return this;
    }

    public Builder unnamedVoice(boolean unnamedVoice) {
      this.unnamedVoice = unnamedVoice;
      return this;
    }

    public Builder direct(boolean direct) {
      this.direct = direct;
      return this;
    }

    public Builder report(Report report) {
      this.report = requireNonNull(report, "report");
      return this;
    }

    public Builder lookingBack(boolean lookingBack) {
      this.lookingBack = lookingBack;
      return this;
    }

    public Builder nominalCue(boolean nominalCue) {
      this.nominalCue = nominalCue;
      return this;
    }

    public Builder fallbackTarget(boolean fallbackTarget) {
      this.fallbackTarget = fallbackTarget;
      return this;
    }

    public Builder event(Optional<org.crosscheck.EventCode> event) {
      this.event = requireNonNull(event, "event").orElse(null);
      return this;
    }

    public ClaimDraft build() {
      return new ClaimDraft(holder, Optional.ofNullable(target), stance, cue, cueToken, negated, modality,
          Optional.ofNullable(speaker), agencies, unnamedVoice, direct, report, lookingBack, nominalCue,
          fallbackTarget, Optional.ofNullable(event));
    }
  }
}
