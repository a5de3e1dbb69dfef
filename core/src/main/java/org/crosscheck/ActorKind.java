package org.crosscheck;

/** What kind of actor a catalog entry or a mention is. */
public enum ActorKind {
  /** A sovereign state or territory as a whole: Russia, Syria. */
  STATE,
  /** A government, an executive or a state institution: the Russian government, the Assad government, the Kremlin. */
  GOVERNMENT,
  /** A named person. */
  PERSON,
  /** An office or title held by one person at a time: "Kremlin spokesman", "President of Syria". */
  ROLE,
  /** A non-state organisation: a party, a company, an NGO. */
  ORGANISATION,
  /** A non-state armed group: HTS, Hezbollah, the SDF. */
  ARMED_GROUP,
  /** A news agency, newspaper, broadcaster or news site. */
  MEDIA,
  /** An international or intergovernmental body: the UN, NATO, the Arab League. */
  INTERNATIONAL_BODY,
  /** A sector of a country named generically: "Russian officials", "Syrian rebels", "the Syrian army". */
  GROUP,
  /** An unnamed source: "informed sources", "a source close to the presidency". */
  ANONYMOUS,
  /** A name the catalog does not know, kept as written. */
  UNKNOWN
}
