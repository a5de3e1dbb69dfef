package org.crosscheck.internal.extract;

import java.util.Optional;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ClaimDraft;

/**
 * A draft the driver accepted, with its references resolved on the claim's date.
 *
 * @param draft the draft as the rules read it
 * @param start the start of the sentence (or part) it was read from
 * @param end the end of that sentence
 * @param dated the claim's date
 * @param actor the holder, its office resolved
 * @param target the target, its office resolved
 * @param speaker the voice, when it is not the holder
 * @param evidence the sentence, in the article's title or body
 */
record Accepted(ClaimDraft draft, int start, int end, ClaimDates.Dated dated, ActorRef actor,
    Optional<ActorRef> target, Optional<ActorRef> speaker, org.crosscheck.Evidence evidence) {}
