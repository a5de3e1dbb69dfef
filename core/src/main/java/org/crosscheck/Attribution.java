package org.crosscheck;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * On whose word a claim rests: the chain of voices from the outlet that published it to the voice that made it,
 * for example {@code بغداد اليوم (OUTLET) → Bloomberg (AGENCY) → a source close to the presidency (SPEAKER)}.
 *
 * @param chain the voices from the outermost (the publishing outlet) to the innermost (the speaker or, when the
 *     article itself asserts the claim, the actor); may be empty when nothing is known
 * @param anonymous whether the innermost voice is unnamed ("informed sources", "مصدر مقرب")
 * @param direct whether the claim is a direct quotation rather than reported (indirect) speech or narration
 */
public record Attribution(List<Voice> chain, boolean anonymous, boolean direct) {

  /** The role a voice plays in the chain. */
  public enum Role {
    /** The outlet that published the article. */
    OUTLET,
    /** A news agency or outlet the article cites ("according to RIA", "نقل موقع بلومبرغ"). */
    AGENCY,
    /** The person or source quoted or paraphrased. */
    SPEAKER,
    /** The actor itself, when the article narrates the claim without a speaker. */
    ACTOR
  }

  /**
   * One voice in the chain.
   *
   * @param role its role
   * @param name the name as the article gives it
   * @param actorId the catalog id, when the voice is a known actor
   */
  public record Voice(Role role, String name, Optional<String> actorId) {
    public Voice {
      requireNonNull(role, "role");
      requireNonNull(name, "name");
      requireNonNull(actorId, "actorId");
    }
  }

  public Attribution {
    chain = List.copyOf(chain);
  }

  /** The publishing outlet's name, when the chain starts with one. */
  public Optional<String> outlet() {
    for (Voice v : chain) {
      if (v.role() == Role.OUTLET) {
        return Optional.of(v.name());
      }
    }
    return Optional.empty();
  }

  /** The agencies or outlets the article cites, outermost first. */
  public List<String> agencies() {
    return chain.stream().filter(v -> v.role() == Role.AGENCY).map(Voice::name).toList();
  }

  /** The innermost voice's name, when there is one. */
  public Optional<String> voice() {
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1).name());
  }
}
