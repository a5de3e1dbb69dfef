package org.crosscheck.spi;

import java.util.Optional;
import org.crosscheck.ActorKind;

/**
 * The CAMEO sector codes that follow a country code (RUS + GOV = RUSGOV): what kind of actor each makes, and
 * whether it belongs to the state, so that "the Russian army" speaks for Russia but "Syrian rebels" do not speak
 * for Syria. Language profiles name these sectors in their {@code sectors.tsv} and give title nouns their sector
 * ("minister" → GOV) in {@code mentions.tsv}; the constant names are the codes.
 */
public enum Sector {
  GOV(ActorKind.GOVERNMENT, true, false),
  MIL(ActorKind.GOVERNMENT, true, true),
  COP(ActorKind.GOVERNMENT, true, true),
  SPY(ActorKind.GOVERNMENT, true, true),
  JUD(ActorKind.GOVERNMENT, true, false),
  LEG(ActorKind.GOVERNMENT, true, false),
  ELI(ActorKind.GROUP, false, false),
  REB(ActorKind.ARMED_GROUP, false, false),
  OPP(ActorKind.GROUP, false, false),
  MED(ActorKind.GROUP, false, false),
  BUS(ActorKind.GROUP, false, false),
  CVL(ActorKind.GROUP, false, false),
  PTY(ActorKind.GROUP, false, false),
  EDU(ActorKind.GROUP, false, false),
  HLH(ActorKind.GROUP, false, false),
  REF(ActorKind.GROUP, false, false),
  LAB(ActorKind.GROUP, false, false),
  AGR(ActorKind.GROUP, false, false),
  REL(ActorKind.GROUP, false, false),
  /** Non-governmental organisations, charities and aid groups: "a German aid group" is none of Germany's. */
  NGO(ActorKind.GROUP, false, false),
  UAF(ActorKind.ARMED_GROUP, false, false),
  SEP(ActorKind.ARMED_GROUP, false, false),
  INS(ActorKind.ARMED_GROUP, false, false);

  private final ActorKind kind;
  private final boolean ofState;
  private final boolean underGovernment;

  Sector(ActorKind kind, boolean ofState, boolean underGovernment) {
    this.kind = kind;
    this.ofState = ofState;
    this.underGovernment = underGovernment;
  }

  /** The kind of actor a country and this sector make. */
  public ActorKind kind() {
    return kind;
  }

  /** Whether the sector belongs to the state (government, armed forces, police, courts …). */
  public boolean ofState() {
    return ofState;
  }

  /** Whether it answers to the state's government rather than to the state directly (armed forces, police …). */
  public boolean underGovernment() {
    return underGovernment;
  }

  /** The first sector of a CAMEO sector string ("GOVEDU" → GOV); empty when the string names none. */
  public static Optional<Sector> of(String code) {
    if (code == null || code.length() < 3) {
      return Optional.empty();
    }
    String head = code.substring(0, 3);
    for (Sector s : values()) {
      if (s.name().equals(head)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
