package org.crosscheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-built claims for tests that must not depend on an extractor. Not thread-safe; one builder per claim. */
public final class TestClaims {

  private static final ActorCatalog CATALOG = ActorCatalog.defaultCatalog();

  private String id;
  private String article = "a1";
  private Language language = Language.ENGLISH;
  private ActorRef actor;
  private ActorRef speaker;
  private ActorRef target;
  private Stance stance = Stance.SUPPORT;
  private String cue = "backs";
  private boolean negated;
  private Modality modality = Modality.ASSERTED;
  private String outlet;
  private boolean anonymous;
  private LocalDate date;
  private String sentence;
  private double confidence = 0.8;

  private TestClaims(String id) {
    this.id = id;
  }

  /** Starts a claim with this id. */
  public static TestClaims claim(String id) {
    return new TestClaims(id);
  }

  /** A reference to a catalog actor. */
  public static ActorRef ref(String id) {
    Actor a = CATALOG.actor(id).orElseThrow(() -> new IllegalArgumentException("no actor " + id));
    return ActorRef.of(a, a.name());
  }

  public TestClaims article(String article, Language language, String outlet) {
    this.article = article;
    this.language = language;
    this.outlet = outlet;
    return this;
  }

  public TestClaims by(String actorId) {
    this.actor = ref(actorId);
    return this;
  }

  public TestClaims saidBy(String speakerId) {
    this.speaker = ref(speakerId);
    return this;
  }

  public TestClaims anonymousSource() {
    this.anonymous = true;
    this.speaker = new ActorRef("anon:RUSGOV", "an unnamed source close to the Russian government",
        ActorKind.ANONYMOUS, "a source close to the Kremlin", false);
    return this;
  }

  public TestClaims toward(String targetId) {
    this.target = ref(targetId);
    return this;
  }

  public TestClaims stance(Stance stance, String cue) {
    this.stance = stance;
    this.cue = cue;
    return this;
  }

  public TestClaims negated() {
    this.negated = true;
    return this;
  }

  public TestClaims modality(Modality modality) {
    this.modality = modality;
    return this;
  }

  public TestClaims on(String isoDate) {
    this.date = LocalDate.parse(isoDate);
    return this;
  }

  public TestClaims sentence(String sentence) {
    this.sentence = sentence;
    return this;
  }

  public TestClaims confidence(double confidence) {
    this.confidence = confidence;
    return this;
  }

  public Claim build() {
    String text = sentence != null ? sentence : actor.name() + " " + cue + " " + (target == null ? "" : target.name())
        + " (" + id + ").";
    List<Attribution.Voice> chain = new ArrayList<>();
    if (outlet != null) {
      chain.add(new Attribution.Voice(Attribution.Role.OUTLET, outlet, Optional.empty()));
    }
    ActorRef voice = speaker != null ? speaker : actor;
    chain.add(new Attribution.Voice(speaker != null ? Attribution.Role.SPEAKER : Attribution.Role.ACTOR, voice.mention(),
        Optional.of(voice.id())));
    return new Claim(id, article, language, actor, Optional.ofNullable(speaker), Optional.ofNullable(target), stance,
        cue, negated, modality, new Attribution(chain, anonymous, false), Optional.ofNullable(date),
        date == null ? DateSource.UNKNOWN : DateSource.TEXT, Optional.empty(), new Evidence(text, 0, text.length()),
        confidence);
  }
}
