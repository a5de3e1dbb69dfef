package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * One claim read from an article: an actor's stance toward a target, on whose word, how firmly, when, and the
 * sentence it rests on.
 *
 * <p>"Moscow will keep backing the Syrian leadership", said by the Kremlin spokesman on
 * 2 December, becomes: actor Russia (as "Russia"), speaker Dmitry Peskov, target Bashar al-Assad, stance
 * SUPPORT, cue "continue to back", modality FUTURE, date 2 December from the text.
 *
 * <p>A negated support ("موسكو لن تدعم الحكومة", "has no intention of helping") is OPPOSE
 * with {@code negated} true, so the reason can be explained. Immutable and thread-safe.
 *
 * @param id identifier, unique within a run: the article id, {@code #}, and the claim's number in the article
 * @param article the id of the {@link Article} the claim comes from
 * @param language the language of that article
 * @param actor the stance holder
 * @param speaker who voiced the claim when it is reported speech and the voice differs from the actor or names it
 *     more precisely (Peskov speaking for Russia); empty when the article narrates the claim itself
 * @param target toward whom or what the stance is taken; empty for claims without a target
 * @param stance the stance
 * @param cue the words that decided the stance ("continue to back", "لا خطة … لإنقاذ")
 * @param negated whether a negation turned the cue around
 * @param modality how firmly the claim is put
 * @param attribution the chain of voices from the outlet to the speaker
 * @param date the event date, or the publication date standing in for it (see {@code dateSource})
 * @param dateSource where {@code date} comes from
 * @param dateText the date expression as the text gives it ("On December 2", "أمس الخميس"), when there is one;
 *     kept even when it cannot be resolved to a full date (a day and month with no year anywhere)
 * @param monthDay the day and month the date expression gives, when it gives them (also without a year, so that
 *     a comparator can place "On December 2" among dated claims without reading the text again)
 * @param evidence the sentence, with its span in the article's title or body
 * @param confidence how sure the extractor is, in [0, 1]
 * @param event the CAMEO event the cue reports ("Accuse", 112), when one applies
 */
public record Claim(
    String id,
    String article,
    Language language,
    ActorRef actor,
    Optional<ActorRef> speaker,
    Optional<ActorRef> target,
    Stance stance,
    String cue,
    boolean negated,
    Modality modality,
    Attribution attribution,
    Optional<LocalDate> date,
    DateSource dateSource,
    Optional<String> dateText,
    Optional<MonthDay> monthDay,
    Evidence evidence,
    double confidence,
    Optional<EventCode> event) {

  public Claim {
    requireNonNull(id, "id");
    checkArgument(!id.isBlank(), "id must not be blank");
    requireNonNull(article, "article");
    requireNonNull(language, "language");
    requireNonNull(actor, "actor");
    requireNonNull(speaker, "speaker");
    requireNonNull(target, "target");
    requireNonNull(stance, "stance");
    requireNonNull(cue, "cue");
    requireNonNull(modality, "modality");
    requireNonNull(attribution, "attribution");
    requireNonNull(date, "date");
    requireNonNull(dateSource, "dateSource");
    checkArgument(date.isPresent() == (dateSource != DateSource.UNKNOWN),
        "dateSource must be UNKNOWN exactly when there is no date, got %s with date %s", dateSource, date);
    requireNonNull(dateText, "dateText");
    requireNonNull(monthDay, "monthDay");
    checkArgument(date.isEmpty() || monthDay.isEmpty() || date.get().getMonthValue() == monthDay.get()
        .getMonthValue() && date.get().getDayOfMonth() == monthDay.get().getDayOfMonth()
        || dateSource != DateSource.TEXT, "monthDay %s disagrees with date %s", monthDay, date);
    requireNonNull(evidence, "evidence");
    checkArgument(confidence >= 0.0 && confidence <= 1.0, "confidence must be in [0, 1], got %s", confidence);
    requireNonNull(event, "event");
  }

  /** A claim without day-and-month parts or event code (the form of schema version 1 before they were added). */
  public Claim(String id, String article, Language language, ActorRef actor, Optional<ActorRef> speaker,
      Optional<ActorRef> target, Stance stance, String cue, boolean negated, Modality modality,
      Attribution attribution, Optional<LocalDate> date, DateSource dateSource, Optional<String> dateText,
      Evidence evidence, double confidence) {
    this(id, article, language, actor, speaker, target, stance, cue, negated, modality, attribution, date,
        dateSource, dateText, Optional.empty(), evidence, confidence, Optional.empty());
  }

  /** The publishing outlet, from the attribution chain. */
  public Optional<String> outlet() {
    return attribution.outlet();
  }

  /** The voice to name in an explanation: the speaker when there is one, the actor otherwise. */
  public ActorRef voice() {
    return speaker.orElse(actor);
  }

  /**
   * The stance as a reader should see it, naming what a negation turned around: "OPPOSE (support negated)" for a
   * support the text denies or refuses ("will never recognise Y"), "SUPPORT (opposition negated)" for an opposition
   * it rules out ("will not abandon Y"), "NEUTRAL (negated)" for a neutral act denied, the bare stance when nothing
   * was negated. A bare "(negated)" after OPPOSE reads as an opposition denied, the reverse of what it means.
   */
  public String stanceText() {
    if (!negated) {
      return stance.name();
    }
    return stance + switch (stance) {
      case OPPOSE -> " (support negated)";
      case SUPPORT -> " (opposition negated)";
      case NEUTRAL -> " (negated)";
    };
  }

  @Override
  public String toString() {
    return id + ": " + actor.name() + " → " + target.map(ActorRef::name).orElse("(no target)") + " " + stanceText()
        + " " + modality + " \"" + cue + "\""
        + date.map(d -> " " + d).orElse("");
  }
}
