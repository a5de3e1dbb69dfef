package org.crosscheck.internal.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorLevel;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.spi.Sector;

/**
 * The immutable, indexed form of an actor catalog: actors by id, the phrase trie, offices and their holders, and
 * the composite country-sector actors (RUS + GOV) made on demand. Thread-safe: everything is built in the
 * constructor except the cache of composite actors, a concurrent map whose values are deterministic.
 */
public final class CatalogIndex {

  /** An entry as the builder hands it over: the actor, its demonyms and its rank (lower wins ties). */
  public record Row(Actor actor, Map<Language, List<String>> demonyms, int rank) {}

  /** A generic agent noun ("officials", "المسؤولين") and its CAMEO sector. */
  public record Agent(Language language, String phrase, String sector) {}

  private final Map<String, Actor> actors;
  private final Map<String, Integer> ranks;
  private final Map<String, Map<Language, List<String>>> demonyms;
  private final Map<String, String> stateByCameo;
  private final Map<String, List<String>> holdersOf;
  private final AliasIndex index = new AliasIndex();
  private final Map<String, Actor> composites = new ConcurrentHashMap<>();
  /** Agent phrases by language and folded form ("en|protesters" → CVL). */
  private final Map<String, String> agentNouns;
  private final Map<String, String> stateByDemonym;
  private final int agentCount;

  private final MadeUpActors madeUp;

  /**
   * Indexes {@code rows} and the agent nouns; {@code profiles} name the country-sector actors made on demand in
   * their languages.
   */
  public CatalogIndex(Collection<Row> rows, Collection<Agent> agents, Profiles profiles) {
    this.madeUp = new MadeUpActors(profiles);
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    Map<String, Map<Language, List<String>>> dem = new HashMap<>();
    for (Row r : rows) {
      byId.put(r.actor().id(), r.actor());
      rank.put(r.actor().id(), r.rank());
      if (!r.demonyms().isEmpty()) {
        dem.put(r.actor().id(), Map.copyOf(r.demonyms()));
      }
    }
    this.actors = java.util.Collections.unmodifiableMap(byId);
    this.ranks = Map.copyOf(rank);
    this.demonyms = Map.copyOf(dem);

    Map<String, String> states = new HashMap<>();
    Map<String, List<String>> holders = new HashMap<>();
    for (Actor a : byId.values()) {
      if (a.kind() == ActorKind.STATE && a.cameo().isPresent()) {
        states.putIfAbsent(a.cameo().get(), a.id());
      }
      for (Affiliation f : a.memberOf()) {
        if (f.holds()) {
          holders.computeIfAbsent(f.actor(), k -> new ArrayList<>()).add(a.id());
        }
      }
      int r = rank.get(a.id());
      for (Map.Entry<Language, List<String>> e : a.names().entrySet()) {
        for (String n : e.getValue()) {
          index.add(n, new Entry(EntryType.NAME, a.id(), isAcronym(n), r),
              a.kind() != ActorKind.ROLE && a.kind() != ActorKind.GOVERNMENT);
        }
      }
    }
    dem.forEach((id, byLang) -> byLang.values().forEach(list -> list.forEach(
        d -> index.add(d, new Entry(EntryType.DEMONYM, id, false, rank.getOrDefault(id, 1))))));
    int ac = 0;
    Map<String, String> nouns = new HashMap<>();
    for (Agent ag : agents) {
      if (index.add(ag.phrase(), new Entry(EntryType.AGENT, ag.sector(), false, 1))) {
        ac++;
      }
      nouns.putIfAbsent(ag.language().code() + "|" + demonymKey(ag.phrase()), ag.sector());
    }
    this.agentNouns = Map.copyOf(nouns);
    this.agentCount = ac;
    index.freeze();
    this.stateByCameo = Map.copyOf(states);
    Map<String, String> byDem = new HashMap<>();
    dem.forEach((id, byLang) -> byLang.values().forEach(list -> list.forEach(d -> {
      String k = demonymKey(d);
      Integer old = byDem.containsKey(k) ? rank.getOrDefault(byDem.get(k), 1) : null;
      if (old == null || rank.getOrDefault(id, 1) < old) {
        byDem.put(k, id);
      }
    })));
    this.stateByDemonym = Map.copyOf(byDem);
    holders.replaceAll((k, v) -> List.copyOf(v));
    this.holdersOf = Map.copyOf(holders);
  }

  /**
   * A single word of up to five capitals ("US", "HTS", "NATO", also written "the UN") must be matched in capitals:
   * "Un" in "Kim Jong Un" is not the United Nations.
   */
  static boolean isAcronym(String name) {
    if (name.length() > 4 && name.regionMatches(true, 0, "the ", 0, 4)) {
      return isAcronym(name.substring(4).strip());
    }
    if (name.length() < 2 || name.length() > 5) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  AliasIndex aliases() {
    return index;
  }

  public Map<String, Actor> actors() {
    return actors;
  }

  public int phraseCount() {
    return index.phrases();
  }

  public int agentCount() {
    return agentCount;
  }

  public int rank(String id) {
    return ranks.getOrDefault(id, 2);
  }

  public Map<Language, List<String>> demonyms(String id) {
    return demonyms.getOrDefault(id, Map.of());
  }

  /** The actor with this id, including composite country-sector ids such as {@code SYRREB}. */
  public Optional<Actor> actor(String id) {
    Actor a = actors.get(id);
    if (a != null) {
      return Optional.of(a);
    }
    if (id.length() >= 6 && id.length() <= 9 && stateByCameo.containsKey(id.substring(0, 3))) {
      return composite(stateByCameo.get(id.substring(0, 3)), id.substring(3));
    }
    return Optional.ofNullable(composites.get(id));
  }

  /**
   * The actor for a state and a sector: the catalog's own entry when it has one (RUSGOV), otherwise one made from
   * the state's names in the languages of the profiles ("Syria rebels", "المسلحون المعارضون (سوريا)"). Empty for a
   * sector code that {@link Sector} does not know ("CRM"): whatever that group is, it is not the state itself.
   */
  public Optional<Actor> composite(String stateId, String sectorCode) {
    Actor state = actors.get(stateId);
    if (state == null || state.cameo().isEmpty()) {
      return Optional.empty();
    }
    Optional<Sector> sector = Sector.of(sectorCode);
    if (sector.isEmpty()) {
      return Optional.empty();
    }
    String id = state.cameo().get() + sector.get().name();
    Actor own = actors.get(id);
    if (own != null) {
      return Optional.of(own);
    }
    String gov = state.cameo().get() + Sector.GOV.name();
    return Optional.of(composites.computeIfAbsent(id, k -> madeUp.composite(k, state, sector.get(),
        Optional.of(gov).filter(actors::containsKey))));
  }

  /** The CAMEO sector of an agent noun or phrase ("protesters" → CVL, "riot police" → COP), in a language. */
  public Optional<String> agentSector(String phrase, Language language) {
    return Optional.ofNullable(agentNouns.get(language.code() + "|" + demonymKey(phrase)));
  }

  private static String demonymKey(String word) {
    return org.crosscheck.internal.text.MatchForms.key(org.crosscheck.internal.text.ArabicText.fold(word.strip()));
  }

  /** The state a demonym names ("Syrian" → Syria, "الروسية" → Russia), trying the word's match forms. */
  public Optional<Actor> stateOfDemonym(String word) {
    String folded = org.crosscheck.internal.text.ArabicText.fold(word.strip());
    for (String f : org.crosscheck.internal.text.MatchForms.forms(folded, true)) {
      String id = stateByDemonym.get(f);
      if (id != null) {
        return Optional.ofNullable(actors.get(id));
      }
    }
    return Optional.empty();
  }

  /** The state whose CAMEO code this is. */
  public Optional<Actor> stateByCameo(String cameo) {
    String id = stateByCameo.get(cameo);
    return id == null ? Optional.empty() : Optional.ofNullable(actors.get(id));
  }

  /** Whether some actor holds this one as an office on dated terms. */
  public boolean isOffice(String id) {
    return holdersOf.containsKey(id);
  }

  /**
   * Who held the office {@code id} on {@code date}: the holder with an active {@code holds} link, the latest
   * starting one if several. Empty when nobody did (or the date is unknown).
   */
  public Optional<Actor> holderOn(String id, LocalDate date) {
    List<String> hs = holdersOf.get(id);
    if (hs == null || date == null) {
      return Optional.empty();
    }
    Actor best = null;
    LocalDate bestFrom = null;
    for (String h : hs) {
      Actor a = actors.get(h);
      for (Affiliation f : a.memberOf()) {
        if (f.holds() && f.actor().equals(id) && f.activeOn(date)) {
          LocalDate from = f.from().orElse(LocalDate.MIN);
          if (best == null || from.isAfter(bestFrom)) {
            best = a;
            bestFrom = from;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The holders of an office over time. */
  public List<String> holders(String id) {
    return holdersOf.getOrDefault(id, List.of());
  }

  /**
   * The affiliation to follow upward from {@code a} on {@code date}: an active one (holds links first, then the
   * most recent start); without a date an undated one, else the most recent.
   */
  Optional<Affiliation> up(Actor a, LocalDate date) {
    Comparator<Affiliation> pref = Comparator.comparing(Affiliation::holds).reversed()
        .thenComparing(f -> f.from().orElse(LocalDate.MIN), Comparator.reverseOrder());
    List<Affiliation> cands = new ArrayList<>();
    for (Affiliation f : a.memberOf()) {
      if (actor(f.actor()).isEmpty()) {
        continue;
      }
      if (date == null ? true : f.activeOn(date)) {
        cands.add(f);
      }
    }
    if (cands.isEmpty()) {
      return Optional.empty();
    }
    if (date == null) {
      Optional<Affiliation> undated = cands.stream().filter(f -> !f.isDated()).findFirst();
      if (undated.isPresent()) {
        return undated;
      }
      pref = Comparator.comparing((Affiliation f) -> f.until().isEmpty()).reversed()
          .thenComparing(f -> f.from().orElse(LocalDate.MIN), Comparator.reverseOrder());
    }
    cands.sort(pref);
    return Optional.of(cands.get(0));
  }

  /** The ids from {@code id} up its memberOf links on {@code date} (cycles cut). */
  public List<String> chain(String id, LocalDate date) {
    List<String> out = new ArrayList<>();
    Optional<Actor> cur = actor(id);
    if (cur.isEmpty()) {
      out.add(id);
      return out;
    }
    while (cur.isPresent() && !out.contains(cur.get().id()) && out.size() < 16) {
      out.add(cur.get().id());
      cur = up(cur.get(), date).flatMap(f -> actor(f.actor()));
    }
    return out;
  }

  /** The chain of an actor; ad-hoc and anonymous actors, not in the catalog, run through whom they belong to. */
  public List<String> chain(Actor actor, LocalDate date) {
    if (actors.containsKey(actor.id()) || actor.memberOf().isEmpty()) {
      return chain(actor.id(), date);
    }
    List<String> out = new ArrayList<>();
    out.add(actor.id());
    out.addAll(chain(actor.memberOf().get(0).actor(), date));
    return out;
  }

  /** Lifts an actor along its chain to {@code level}; offices land on their holder of the day. */
  public Actor lift(Actor actor, ActorLevel level, LocalDate date) {
    if (level == ActorLevel.MENTIONED) {
      return actor;
    }
    Actor found = null;
    for (String id : chain(actor.id(), date)) {
      Actor a = actor(id).orElse(null);
      if (a == null) {
        break;
      }
      if (level == ActorLevel.GOVERNMENT && a.kind() == ActorKind.GOVERNMENT) {
        found = a;
        break;
      }
      if (a.kind() == ActorKind.STATE) {
        found = a;
        break;
      }
    }
    if (found == null) {
      return actor;
    }
    if (level == ActorLevel.GOVERNMENT && isOffice(found.id())) {
      return holderOn(found.id(), date).orElse(found);
    }
    return found;
  }
}
