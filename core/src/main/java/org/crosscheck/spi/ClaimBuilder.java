package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.Evidence;
import org.crosscheck.Modality;
import org.crosscheck.Stance;

/**
 * Assembles a {@link Claim} the same way in every language module: the attribution chain runs from the
 * article's outlet through the cited agencies to the speaker (or the actor, when the article narrates the claim
 * itself); the date comes from {@link ClaimDates}. Not thread-safe; one builder per claim.
 */
public final class ClaimBuilder {

  private final Article article;
  private ActorRef actor;
  private ActorRef speaker;
  private ActorRef target;
  private Stance stance;
  private String cue = "";
  private boolean negated;
  private Modality modality = Modality.ASSERTED;
  private final List<ActorRef> agencies = new ArrayList<>();
  private boolean direct;
  private boolean anonymous;
  private int start = -1;
  private int end = -1;
  private double confidence = 0.5;
  private ClaimDates.Dated dated;

  private ClaimBuilder(Article article) {
    this.article = requireNonNull(article, "article");
  }

  /** A builder for a claim of {@code article}. */
  public static ClaimBuilder of(Article article) {
    return new ClaimBuilder(article);
  }

  public ClaimBuilder actor(ActorRef actor) {
    this.actor = requireNonNull(actor, "actor");
    return this;
  }

  public ClaimBuilder speaker(ActorRef speaker) {
    this.speaker = speaker;
    return this;
  }

  public ClaimBuilder target(ActorRef target) {
    this.target = target;
    return this;
  }

  public ClaimBuilder stance(Stance stance, String cue, boolean negated) {
    this.stance = requireNonNull(stance, "stance");
    this.cue = requireNonNull(cue, "cue");
    this.negated = negated;
    return this;
  }

  public ClaimBuilder modality(Modality modality) {
    this.modality = requireNonNull(modality, "modality");
    return this;
  }

  /** A news agency or outlet the article cites for the claim, outermost first. */
  public ClaimBuilder agency(ActorRef agency) {
    if (agency != null && agencies.stream().noneMatch(a -> a.id().equals(agency.id()))) {
      agencies.add(agency);
    }
    return this;
  }

  public ClaimBuilder direct(boolean direct) {
    this.direct = direct;
    return this;
  }

  public ClaimBuilder anonymous(boolean anonymous) {
    this.anonymous = anonymous;
    return this;
  }

  /** The sentence's span in the article text. */
  public ClaimBuilder evidence(int start, int end) {
    this.start = start;
    this.end = end;
    return this;
  }

  public ClaimBuilder date(ClaimDates.Dated dated) {
    this.dated = requireNonNull(dated, "dated");
    return this;
  }

  public ClaimBuilder confidence(double confidence) {
    this.confidence = Math.max(0.0, Math.min(1.0, confidence));
    return this;
  }

  /** The claim's speaker, if set. */
  public Optional<ActorRef> speaker() {
    return Optional.ofNullable(speaker);
  }

  /** Builds the claim with the given id. */
  public Claim build(String id) {
    requireNonNull(actor, "actor");
    requireNonNull(stance, "stance");
    if (start < 0) {
      throw new IllegalStateException("evidence span not set");
    }
    ClaimDates.Dated d = dated != null ? dated : ClaimDates.forSentence(article, start, end);
    List<Attribution.Voice> chain = new ArrayList<>();
    article.outlet().ifPresent(o -> chain.add(new Attribution.Voice(Attribution.Role.OUTLET, o, Optional.empty())));
    for (ActorRef a : agencies) {
      chain.add(new Attribution.Voice(Attribution.Role.AGENCY, a.name(), Optional.of(a.id())));
    }
    if (speaker != null) {
      chain.add(new Attribution.Voice(Attribution.Role.SPEAKER, speaker.mention().isBlank() ? speaker.name()
          : speaker.mention(), Optional.of(speaker.id()).filter(i -> !i.startsWith("adhoc:"))));
    } else {
      chain.add(new Attribution.Voice(Attribution.Role.ACTOR, actor.mention().isBlank() ? actor.name()
          : actor.mention(), Optional.of(actor.id()).filter(i -> !i.startsWith("adhoc:"))));
    }
    boolean anon = anonymous || speaker != null && speaker.isAnonymous() || speaker == null && actor.isAnonymous();
    return new Claim(id, article.id(), article.language(), actor, Optional.ofNullable(speaker),
        Optional.ofNullable(target), stance, cue, negated, modality, new Attribution(chain, anon, direct), d.date(),
        d.source(), d.text(), Evidence.of(article, start, end), confidence);
  }
}
