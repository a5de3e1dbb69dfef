package org.crosscheck.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorId;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.Evidence;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ClaimDraft;

/**
 * Assembles a {@link Claim} from an accepted draft the same way in every language: the attribution chain runs from
 * the article's outlet through the cited agencies to the speaker (or the actor, when the article narrates the
 * claim itself). Stateless.
 */
final class ClaimAssembly {

  private ClaimAssembly() {}

  static Claim build(Article article, Accepted a, String id, double confidence) {
    ClaimDraft d = a.draft();
    List<Attribution.Voice> chain = new ArrayList<>();
    article.outlet().ifPresent(o -> chain.add(new Attribution.Voice(Attribution.Role.OUTLET, o, Optional.empty())));
    List<String> agencyIds = new ArrayList<>();
    for (ActorSpan s : d.agencies()) {
      if (!agencyIds.contains(s.actor().id())) {
        agencyIds.add(s.actor().id());
        chain.add(new Attribution.Voice(Attribution.Role.AGENCY, s.actor().name(), Optional.of(s.actor().id())));
      }
    }
    ActorRef voice = a.speaker().orElse(a.actor());
    Attribution.Role role = a.speaker().isPresent() ? Attribution.Role.SPEAKER : Attribution.Role.ACTOR;
    chain.add(new Attribution.Voice(role, voice.mention().isBlank() ? voice.name() : voice.mention(),
        Optional.of(voice.id()).filter(i -> !(ActorId.parse(i) instanceof ActorId.AdHoc))));
    boolean anonymous = d.unnamedVoice() || a.speaker().map(ActorRef::isAnonymous).orElse(false)
        || a.speaker().isEmpty() && a.actor().isAnonymous();
    return new Claim(id, article.id(), article.language(), a.actor(), a.speaker(), a.target(), d.stance(), d.cue(),
        d.negated(), d.modality(), new Attribution(chain, anonymous, d.direct()), a.dated().date(),
        a.dated().source(), a.dated().text(), a.dated().monthDay(), a.evidence(), confidence, d.event());
  }
}
