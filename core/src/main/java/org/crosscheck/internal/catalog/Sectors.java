package org.crosscheck.internal.catalog;

import java.util.Map;
import java.util.Optional;
import org.crosscheck.ActorKind;

/**
 * CAMEO sector codes that follow a country code (RUS + GOV = RUSGOV): what each means, in English and Arabic,
 * what kind of actor it makes, and whether it belongs to the state (so that "the Russian army" speaks for Russia
 * but "Syrian rebels" do not speak for Syria).
 */
public final class Sectors {

  private Sectors() {}

  public record Sector(String code, String en, String ar, ActorKind kind, boolean ofState, boolean underGovernment) {}

  static final Map<String, Sector> ALL = Map.ofEntries(
      s("GOV", "government", "الحكومة", ActorKind.GOVERNMENT, true, false),
      s("MIL", "armed forces", "القوات المسلحة", ActorKind.GOVERNMENT, true, true),
      s("COP", "police and security forces", "قوات الأمن", ActorKind.GOVERNMENT, true, true),
      s("SPY", "intelligence services", "أجهزة المخابرات", ActorKind.GOVERNMENT, true, true),
      s("JUD", "judiciary", "القضاء", ActorKind.GOVERNMENT, true, false),
      s("LEG", "legislature", "البرلمان", ActorKind.GOVERNMENT, true, false),
      s("ELI", "political elite", "النخبة السياسية", ActorKind.GROUP, false, false),
      s("REB", "rebels", "المسلحون المعارضون", ActorKind.ARMED_GROUP, false, false),
      s("OPP", "opposition", "المعارضة", ActorKind.GROUP, false, false),
      s("MED", "media", "وسائل الإعلام", ActorKind.GROUP, false, false),
      s("BUS", "business", "قطاع الأعمال", ActorKind.GROUP, false, false),
      s("CVL", "civilians", "المدنيون", ActorKind.GROUP, false, false),
      s("PTY", "political parties", "الأحزاب السياسية", ActorKind.GROUP, false, false),
      s("EDU", "education", "التعليم", ActorKind.GROUP, false, false),
      s("HLH", "health sector", "القطاع الصحي", ActorKind.GROUP, false, false),
      s("REF", "refugees", "اللاجئون", ActorKind.GROUP, false, false),
      s("LAB", "labour", "العمال", ActorKind.GROUP, false, false),
      s("AGR", "agriculture", "الزراعة", ActorKind.GROUP, false, false),
      s("REL", "religious leaders", "رجال الدين", ActorKind.GROUP, false, false),
      s("UAF", "armed militants", "مسلحون", ActorKind.ARMED_GROUP, false, false),
      s("SEP", "separatists", "الانفصاليون", ActorKind.ARMED_GROUP, false, false),
      s("INS", "insurgents", "المتمردون", ActorKind.ARMED_GROUP, false, false));

  private static Map.Entry<String, Sector> s(String code, String en, String ar, ActorKind kind, boolean ofState,
      boolean underGov) {
    return Map.entry(code, new Sector(code, en, ar, kind, ofState, underGov));
  }

  /** The first sector of a CAMEO sector string ("GOVEDU" → GOV). */
  public static Optional<Sector> of(String code) {
    if (code == null || code.length() < 3) {
      return Optional.empty();
    }
    return Optional.ofNullable(ALL.get(code.substring(0, 3)));
  }
}
