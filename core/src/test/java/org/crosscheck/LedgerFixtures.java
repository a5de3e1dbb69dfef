package org.crosscheck;

import static org.crosscheck.TestClaims.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Articles of hand-built claims for ledger tests: a few holders and targets so that groups fill and conflict. */
final class LedgerFixtures {

  private LedgerFixtures() {}

  static final List<String> HOLDERS = List.of("RUS", "dmitry-peskov", "RUSGOV", "IRN", "TUR");
  static final List<String> TARGETS = List.of("bashar-al-assad", "syria-assad-government", "SYR", "hezbollah");

  static ArticleSummary summary(String id, Language language, String outlet) {
    return new ArticleSummary(id, "feeds/" + id + ".txt", "Title of " + id, Optional.ofNullable(outlet),
        Optional.empty(), Optional.empty(), language, 3, 400, List.of());
  }

  /**
   * {@code articles} random articles of up to {@code maxClaims} claims each, with ids {@code <article>#<n>};
   * some sentences repeat across articles, so that repeats fold into corroborations.
   */
  static List<StanceLedger.Entry> articles(Random random, int articles, int maxClaims) {
    List<StanceLedger.Entry> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      String id = "site/" + (char) ('a' + random.nextInt(3)) + "/index-" + a + ".html";
      Language lang = random.nextBoolean() ? Language.ENGLISH : Language.ARABIC;
      String outlet = random.nextInt(4) == 0 ? null : "Outlet " + random.nextInt(5);
      List<Claim> claims = new ArrayList<>();
      int n = random.nextInt(maxClaims + 1);
      for (int k = 1; k <= n; k++) {
        Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
        TestClaims b = claim(id + "#" + k).article(id, lang, outlet)
            .by(HOLDERS.get(random.nextInt(HOLDERS.size()))).toward(TARGETS.get(random.nextInt(TARGETS.size())))
            .stance(stance, "cue " + stance).modality(Modality.values()[random.nextInt(Modality.values().length)])
            .sentence("Sentence " + random.nextInt(6) + " " + stance + ".")
            .confidence(0.5 + random.nextInt(50) / 100.0);
        if (random.nextInt(5) > 0) {
          b.on(String.format("2024-11-%02d", 1 + random.nextInt(30)));
        }
        claims.add(b.build());
      }
      out.add(new StanceLedger.Entry(summary(id, lang, outlet), claims));
    }
    return out;
  }

  static List<Claim> claims(List<StanceLedger.Entry> entries) {
    return entries.stream().flatMap(e -> e.claims().stream()).toList();
  }

  /** Replays update events onto the conflicts they describe, keyed by id. */
  static void replay(LedgerUpdate u, Map<String, StanceConflict> state) {
    for (LedgerUpdate.Event e : u.events()) {
      switch (e.change()) {
        case NEW -> state.put(e.conflict().id(), e.conflict());
        case CHANGED -> {
          state.remove(e.previous().orElseThrow().id());
          state.put(e.conflict().id(), e.conflict());
        }
        case WITHDRAWN -> state.remove(e.conflict().id());
      }
    }
  }

  static Map<String, StanceConflict> byId(List<StanceConflict> conflicts) {
    Map<String, StanceConflict> m = new LinkedHashMap<>();
    conflicts.forEach(c -> m.put(c.id(), c));
    return m;
  }
}
