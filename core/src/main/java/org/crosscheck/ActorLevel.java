package org.crosscheck;

/**
 * How far an actor is lifted along its {@code memberOf} links before claims are grouped: Dmitry Peskov stays
 * Peskov at {@link #MENTIONED}, becomes the Russian government at {@link #GOVERNMENT} and Russia at
 * {@link #STATE}.
 */
public enum ActorLevel {
  /** The actor as the claim names it: a person stays a person. */
  MENTIONED,
  /**
   * The government or state institution the actor belonged to on the claim's date (Assad in 2023: the Assad
   * government); actors outside any government (armed groups, organisations) stay as they are.
   */
  GOVERNMENT,
  /** The state the actor belonged to on the claim's date; actors outside any state stay as they are. */
  STATE
}
