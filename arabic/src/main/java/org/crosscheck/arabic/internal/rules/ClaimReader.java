package org.crosscheck.arabic.internal.rules;

import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.EventCode;
import org.crosscheck.spi.Sector;
import org.crosscheck.Stance;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.SentenceContext;

/**
 * The Arabic rules in the order they apply to a segmented, tagged sentence: its clauses and their voices
 * ({@link Segments}); in each clause not voiced by an analyst nor asking a question ({@link Questions}), every
 * stance cue ({@link StanceCues}) outside an actor's name, with its holder ({@link Holders}, or for protest and
 * violence people named by a common noun:
 * {@link PeopleSubjects}) and target ({@link Targets}; failing an actor there, the doer in a relative clause on
 * the object, {@link RelativeDoers}; whom a protest is against, {@link ProtestObjects}, or whom violence struck,
 * {@link Victims}; last, a state whose demonym describes the object, {@link ObjectNisbas}), negation, modality,
 * whether the clause looks back ({@link Background}), the cue's words and whether it is quoted; one draft per cue.
 * A verb of agreement between two parties ({@link Agreements}) makes one claim each way; a speaker's nominal
 * sentence that condemns a state's presence or act ({@link Evaluations}) one against that state. A cue with no
 * holder, or a supporting or opposing cue with no target, yields nothing, nor does a neutral verb with
 * nothing it watches or studies ({@link Complements}). Thread-safe: all state is in the
 * context. A sentence that is no prose, or a claim whose words break Arabic word order ({@link Prose}), yields
 * nothing.
 */
public final class ClaimReader {

  /** The CAMEO family of protest (14), whose object {@link ProtestObjects} reads. */
  private static final String PROTEST = "14";

  private final ArabicLexicon lex;

  public ClaimReader(ArabicLexicon lex) {
    this.lex = lex;
  }

  /** Reads the drafts of one sentence (or piece) into its context. */
  public void read(SentenceContext<ArabicSentence> ctx) {
    Reading r = new Reading(ctx, lex);
    if (!r.s.amidProse() || Prose.brokenSentence(r)) {
      return;
    }
    CommonActors.add(r);
    for (Segment seg : Segments.of(r)) {
      if (seg.voice().filter(v -> Speakers.isAnalyst(lex, v)).isPresent() || Questions.asks(r, seg)) {
        continue;
      }
      for (int i = seg.from(); i < seg.to(); i++) {
        if (r.hasMention(i) || r.isPunct(i)) {
          continue;
        }
        Optional<Clashes.Sides> judged = Evaluations.at(r, seg, i);
        if (judged.isPresent()) {
          StanceCues.Cue found = new StanceCues.Cue(Stance.OPPOSE, r.folded(i),
              Optional.of(lex.events.event(Evaluations.CODE)), false);
          emit(r, seg, i, found, judged.get().first(), Optional.of(judged.get().second()));
          continue;
        }
        Optional<StanceCues.Cue> cue = StanceCues.at(r, i);
        if (cue.isEmpty()) {
          cue = lex.protests.at(r, seg, i);
        }
        if (cue.isPresent()) {
          claim(r, seg, i, cue.get());
        } else {
          agreement(r, seg, i);
        }
      }
    }
  }

  /** An agreement of two parties ({@link Agreements}): each supports the other. */
  private void agreement(Reading r, Segment seg, int i) {
    Optional<Clashes.Sides> sides = Agreements.at(r, seg, i);
    if (sides.isPresent()) {
      StanceCues.Cue found = new StanceCues.Cue(Stance.SUPPORT, r.folded(i),
          Optional.of(lex.events.event(Agreements.CODE)), true);
      emit(r, seg, i, found, sides.get().first(), Optional.of(sides.get().second()));
      emit(r, seg, i, found, sides.get().second(), Optional.of(sides.get().first()));
    }
  }

  private void claim(Reading r, Segment seg, int cue, StanceCues.Cue found) {
    Optional<Clashes.Sides> clash = Clashes.between(r, seg, cue, found.verbal());
    if (clash.isPresent()) {
      // A clash is each side's against the other.
      emit(r, seg, cue, found, clash.get().first(), Optional.of(clash.get().second()));
      emit(r, seg, cue, found, clash.get().second(), Optional.of(clash.get().first()));
      return;
    }
    Stance base = found.stance();
    String code = found.event().map(EventCodes.Event::code).orElse("");
    Optional<ActorSpan> named = Holders.of(r, seg, cue, found.verbal());
    Optional<ActorSpan> holder = named.isEmpty() && base == Stance.OPPOSE
        ? PeopleSubjects.of(r, seg, cue, found.verbal(), code) : named;
    if (holder.isEmpty()) {
      return;
    }
    if (strayAdjective(r, holder.get(), cue, found.verbal())
        || Complements.missing(r, seg, cue, holder.get(), base, found.verbal())
        || found.verbal() && found.event().filter(e -> Arguments.counted(r, cue, holder.get(), e.code())).isPresent()) {
      return;
    }
    Optional<ActorSpan> target = Targets.of(r, seg, cue, holder.get())
        .filter(t -> found.objectIsTarget() || aimedAt(r, t));
    if (target.isEmpty() && base != Stance.NEUTRAL && found.objectIsTarget()) {
      target = RelativeDoers.of(r, seg, cue, holder.get());
    }
    if (target.isEmpty() && base == Stance.OPPOSE && code.startsWith(PROTEST)) {
      target = ProtestObjects.of(r, seg, cue, holder.get());
    }
    if (target.isEmpty() && Arguments.violent(code)) {
      target = found.verbal()
          ? Victims.of(r, seg, cue, holder.get()).or(() -> Victims.beforeTheLink(r, seg, cue, holder.get()))
          : Victims.beforeTheEvent(r, seg, cue, holder.get()).or(() -> Victims.resulting(r, seg, cue, holder.get()));
      if (target.isEmpty()) {
        target = Aims.of(r, seg, cue, holder.get());
      }
    }
    if (target.isEmpty() && base != Stance.NEUTRAL && found.objectIsTarget() && !code.startsWith(PROTEST)) {
      // Not for what protesters do ("رفعوا الأعلام الفلسطينية"): what they carry is no one they protest against.
      target = ObjectNisbas.of(r, seg, cue, holder.get());
    }
    emit(r, seg, cue, found, holder.get(), target);
  }

  /** "على" (folded), "ضد": the prepositions of aim, which alone name the target of an act that takes no side by itself. */
  private static final java.util.Set<String> AIM = java.util.Set.of("\u0639\u0644\u064a", "\u0636\u062f");

  /** Whether a target is named by a preposition of aim ("رشقوا الحجارة على الموكب", "هتفوا ضد الوزير"). */
  private static boolean aimedAt(Reading r, ActorSpan t) {
    return !t.implied() && t.first() > 0 && AIM.contains(r.folded(t.first() - 1));
  }

  /** Emits the draft of a cue with its holder and target, unless Arabic word order breaks between them. */
  private void emit(Reading r, Segment seg, int cue, StanceCues.Cue found, ActorSpan holderSpan,
      Optional<ActorSpan> target) {
    Stance base = found.stance();
    Optional<ActorSpan> holder = Optional.of(holderSpan);
    int from = cue;
    int to = cue;
    for (ActorSpan m : target.isPresent() ? List.of(holder.get(), target.get()) : List.of(holder.get())) {
      if (!m.implied() && Math.abs(m.first() - cue) <= Prose.CLAIM_REACH) {
        from = Math.min(from, m.first());
        to = Math.max(to, m.last());
      }
    }
    if (Prose.brokenWithin(r, from, to)) {
      return;
    }
    boolean protest = base == Stance.OPPOSE && r.sector(holder.get()).filter(s -> s == Sector.OPP).isPresent();
    if (target.isEmpty() && base != Stance.NEUTRAL && !protest && !found.verbal()
        && (r.tag(cue).contains("JJ") || cue > 0 && r.folded(cue - 1).equals("\u0644"))) {
      // "القوات الهجومية", "لمحاربة": an adjective of fighting, or a purpose ("to fight"), with nobody fought names
      // no act against anyone.
      return;
    }
    if (target.isEmpty() && base != Stance.NEUTRAL && (!protest && found.event()
        .filter(e -> lex.events.untargeted(e.code())).isEmpty() || Targets.objectIsNoActor(r, seg, cue, holder.get()))) {
      return;
    }
    boolean neg = Negation.negated(r, seg, cue);
    Optional<Voice> voice = seg.voice();
    ClaimDraft.Builder b = ClaimDraft.builder(holder.get(), neg ? base.opposite() : base, CueText.of(r, seg, cue),
            cue)
        .target(target).negated(neg).modality(Modalities.of(r, seg, cue))
        .speaker(voice.flatMap(v -> speaker(r, v)))
        .unnamedVoice(voice.map(Voice::anonymous).orElse(false))
        .direct(DirectSpeech.quoted(r, cue))
        .report(voice.isEmpty() ? ClaimDraft.Report.NARRATED
            : voice.get().named() ? ClaimDraft.Report.NAMED : ClaimDraft.Report.UNNAMED)
        .lookingBack(Background.looksBack(r, seg))
        .nominalCue(!found.verbal())
        .event(found.event().map(e -> new EventCode(e.code(), e.label())));
    voice.ifPresent(v -> v.agencies().forEach(b::agency));
    r.ctx.emit(b.build());
  }

  /**
   * Whether the holder is a lone adjective before its cue or the subject of a verb ("السوري" with no noun before it; agent nouns the
   * tagger reads as adjectives, "مسلحين", are nouns): a nisba names a state only
   * after the noun it describes ("غارة جوية إسرائيلية", read by {@link Holders}), never as a subject of its own.
   */
  static boolean strayAdjective(Reading r, ActorSpan holder, int cue, boolean verbal) {
    return !holder.implied() && holder.first() == holder.last() && (verbal || holder.last() < cue)
        && r.tag(holder.first()).contains("JJ") && !r.commonNoun(holder);
  }

  /** The voice as the claim's speaker: its actor, or an actor of the words that name an unnamed voice. */
  private static Optional<ActorSpan> speaker(Reading r, Voice v) {
    if (v.actor().isPresent()) {
      return Optional.of(ActorSpan.implied(v.actor().get(), v.text().orElse(v.actor().get().name())));
    }
    return v.text().map(t -> ActorSpan.implied(r.actors().adHoc(t, v.anonymous() ? ActorKind.ANONYMOUS
        : ActorKind.UNKNOWN), t));
  }
}
