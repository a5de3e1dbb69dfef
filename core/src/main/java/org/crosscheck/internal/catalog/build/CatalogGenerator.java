package org.crosscheck.internal.catalog.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.internal.catalog.CatalogFormat;
import org.crosscheck.internal.catalog.build.TabariReader.Code;
import org.crosscheck.internal.catalog.build.TabariReader.Entry;
import org.crosscheck.internal.text.ArabicText;
import org.crosscheck.spi.Sector;
import org.crosscheck.spi.Vocabulary;

/**
 * Re-runnable tool that builds the bundled actor catalog from the PETRARCH/Phoenix TABARI dictionaries (MIT,
 * Open Event Data Alliance) and the hand-kept list of current actors, {@code core/src/catalog/current.txt}.
 *
 * <pre>
 * mvn -q -pl core compile exec:java -Dexec.mainClass=org.crosscheck.internal.catalog.build.CatalogGenerator \
 *     -Dexec.args="core/src/catalog core/src/main/resources/org/crosscheck/internal/catalog"
 * </pre>
 *
 * Sources: the TABARI dictionaries under {@code petrarch/}, {@code current.txt} with {@code name-templates.tsv},
 * {@code agents-extra.tsv}, {@code sector-names.tsv} (how to name in English and Arabic a country's sector reached
 * only through links), {@code name-particles.tsv} and {@code ambiguous-names.tsv} (names that are common words,
 * dropped).
 *
 * <p>Output: {@code actors-petrarch.jsonl.gz} (everything from the dictionaries that the current list does not
 * redefine), {@code actors-current.jsonl.gz} (the current list, merged with the dictionary entries it shares
 * ids with) and {@code agents.tsv} (agent nouns with their CAMEO sector), all deterministic.
 *
 * <p>Joins: English entries with one undated code are names of that code's actor (country, country-sector or
 * international body); entries with dated codes are people, members of each code's actor for its dates. Arabic
 * entries join the same way on the CAMEO code; an Arabic person joins the English person with the same dated
 * codes, and stays an Arabic-only person otherwise. Single-word state aliases shaped like adjectives (Russian,
 * Syrian, سوري) become demonyms, which only name an actor together with an agent noun.
 */
public final class CatalogGenerator {

  private final Map<String, Actor.Builder> builders = new LinkedHashMap<>();
  private final Map<String, ActorKind> kinds = new HashMap<>();
  private final Map<String, Map<Language, List<String>>> demonyms = new HashMap<>();
  private final Set<String> stateCodes = new LinkedHashSet<>();
  private final Map<String, List<String>> namesById = new HashMap<>();
  private final Map<String, String> personByDatedCodes = new HashMap<>();
  private final List<String> log = new ArrayList<>();
  /** Words kept in lower case inside names ({@code name-particles.tsv}): "Hayat Tahrir al Sham". */
  private final Set<String> particles = new HashSet<>();
  /** English names that are common words, never written as names ({@code ambiguous-names.tsv}): "Organization". */
  private final Set<String> ambiguous = new HashSet<>();
  /** CAMEO role, religion and region codes that qualify a kind of body ({@code body-kind-codes.tsv}): "HRI". */
  private final Set<String> kindCodes = new HashSet<>();
  /** English and Arabic names of CAMEO sectors, for actors reached only through links ("Syria rebels"). */
  private final Map<Sector, String[]> sectorNames = new EnumMap<>(Sector.class);
  /** Arabic names (two words or more) of the current list's people, for joining the Arabic dictionary. */
  private final Map<String, String> curatedArabicPersons = new HashMap<>();

  /** Sectors that are a state's institutions, shown under the state's name. */
  private static final Set<String> INSTITUTIONS = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD");

  /** The English names of states the current list gives, which win over the first name a dictionary files. */
  private final Map<String, String> curatedStateNames = new HashMap<>();
  private final Map<String, String> curatedStateNamesAr = new HashMap<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CatalogGenerator SOURCE_DIR OUTPUT_DIR");
      System.exit(2);
    }
    new CatalogGenerator().run(Path.of(args[0]), Path.of(args[1]));
  }

  void run(Path src, Path out) throws IOException {
    readSectorNames(src.resolve("sector-names.tsv"));
    try (BufferedReader r = Files.newBufferedReader(src.resolve("name-particles.tsv"), StandardCharsets.UTF_8)) {
      for (Vocabulary.Row row : Vocabulary.parse(r, "name-particles.tsv", Vocabulary.Shape.of(1).lowerCase())) {
        particles.add(row.get(0).toLowerCase(Locale.ROOT));
      }
    }
    try (BufferedReader r = Files.newBufferedReader(src.resolve("ambiguous-names.tsv"), StandardCharsets.UTF_8)) {
      for (Vocabulary.Row row : Vocabulary.parse(r, "ambiguous-names.tsv", Vocabulary.Shape.of(2).keyFields(2))) {
        String lang = row.get(0);
        if (!lang.equals("en") && !lang.equals("ar")) {
          throw row.fail("language must be en or ar: '" + lang + "'");
        }
        ambiguous.add(lang.equals("ar") ? "ar:" + ArabicText.fold(row.get(1)) : row.get(1));
      }
    }
    try (BufferedReader r = Files.newBufferedReader(src.resolve("body-kind-codes.tsv"), StandardCharsets.UTF_8)) {
      for (Vocabulary.Row row : Vocabulary.parse(r, "body-kind-codes.tsv", Vocabulary.Shape.of(1))) {
        if (!row.get(0).matches("[A-Z]{3}")) {
          throw row.fail("a code is three capital letters: '" + row.get(0) + "'");
        }
        kindCodes.add(row.get(0));
      }
    }
    Path p = src.resolve("petrarch");
    List<Entry> countries = TabariReader.read(p.resolve("Phoenix.Countries.actors.txt"));
    List<Entry> intl = TabariReader.read(p.resolve("Phoenix.International.actors.txt"));
    List<Entry> milNonState = TabariReader.read(p.resolve("Phoenix.MilNonState.actors.txt"));
    List<Entry> arabic = TabariReader.read(p.resolve("actor_dict_ar_v4.txt"));

    // Countries first: their single-code entries define the states.
    // In the countries dictionary a bare three-letter code is a country (people carry sector codes: RUSGOV).
    for (Entry e : countries) {
      for (Code c : e.codes()) {
        if (c.code().length() == 3 && !c.code().startsWith("~")) {
          stateCodes.add(c.code());
        }
      }
    }
    Set<String> countryNameWords = new HashSet<>();
    for (Entry e : countries) {
      if (e.codes().size() == 1 && stateCodes.contains(e.codes().get(0).code())) {
        String[] w = e.name().split(" ");
        countryNameWords.add(w[w.length - 1].toLowerCase(Locale.ROOT));
      }
    }
    for (Entry e : countries) {
      english(e, false, countryNameWords);
    }
    for (Entry e : intl) {
      english(e, false, countryNameWords);
    }
    for (Entry e : milNonState) {
      english(e, true, countryNameWords);
    }
    CuratedList curated = CuratedList.read(src.resolve("current.txt"));
    for (CuratedList.Item item : curated.items()) {
      Actor c = item.actor();
      if (c.kind() == ActorKind.STATE && c.cameo().isPresent()) {
        c.name(Language.ENGLISH).ifPresent(n -> curatedStateNames.put(c.cameo().get(), n));
        c.name(Language.ARABIC).ifPresent(n -> curatedStateNamesAr.put(c.cameo().get(), n));
      }
    }
    for (CuratedList.Item item : curated.items()) {
      for (String n : item.actor().aliases(Language.ARABIC)) {
        String k = nameKey(n);
        if (k.contains(" ") && item.actor().kind() == ActorKind.PERSON) {
          curatedArabicPersons.putIfAbsent(k, item.actor().id());
        }
      }
    }
    for (Entry e : arabic) {
      arabic(e);
    }

    Map<String, Actor> petrarch = new LinkedHashMap<>();
    for (Map.Entry<String, Actor.Builder> b : builders.entrySet()) {
      petrarch.put(b.getKey(), buildNamed(b.getKey(), b.getValue()));
    }
    // A name the current list gives one actor is not kept on another from the dictionaries ("Moscow" names the
    // Russian government, not the state; "Bashar al-Assad" the person, not the government).
    Map<String, String> claimed = new HashMap<>();
    for (CuratedList.Item item : curated.items()) {
      item.actor().names().values().forEach(list -> list.forEach(n -> claimed.putIfAbsent(nameKey(n),
          item.actor().id())));
    }
    Map<String, Actor> current = new LinkedHashMap<>();
    for (CuratedList.Item item : curated.items()) {
      Actor c = item.actor();
      Actor old = petrarch.remove(c.id());
      Actor merged = old == null ? c : merge(c, old, claimed);
      current.put(c.id(), merged);
      Map<Language, List<String>> dem = new LinkedHashMap<>(demonyms.getOrDefault(c.id(), Map.of()));
      item.demonyms().forEach((l, list) -> dem.merge(l, list, (a, b) -> union(b, a)));
      if (!dem.isEmpty()) {
        demonyms.put(c.id(), dem);
      }
    }
    Set<String> all = new HashSet<>(petrarch.keySet());
    all.addAll(current.keySet());
    dropDangling(petrarch, all);
    dropDangling(current, all);

    Files.createDirectories(out);
    write(out.resolve("actors-petrarch.jsonl.gz"), petrarch.values());
    write(out.resolve("actors-current.jsonl.gz"), current.values());
    List<String> agents = Agents.build(p.resolve("Phoenix.agents.txt"), p.resolve("agents.all.ar.txt"),
        src.resolve("agents-extra.tsv"));
    Files.write(out.resolve("agents.tsv"), agents, StandardCharsets.UTF_8);
    System.out.printf("petrarch actors: %d, current actors: %d, agents: %d%n", petrarch.size(), current.size(),
        agents.size());
    log.stream().limit(20).forEach(System.out::println);
  }

  /**
   * Reads {@code sector-names.tsv}, {@code SECTOR<TAB>English<TAB>Arabic} with {@code {STATE}} for the state's name,
   * with the strict vocabulary loader.
   */
  private void readSectorNames(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (Vocabulary.Row row : Vocabulary.parse(r, file.toString(), Vocabulary.Shape.of(3))) {
        sectorNames.put(row.get(0, Sector.class), new String[] {row.get(1), row.get(2)});
      }
    }
  }

  /**
   * Code actors reached only through links get a name made from their state and sector; so does, in English, a
   * country's sector the Arabic dictionary alone names (an English text that says "the Malian army" must not show
   * it under an Arabic name).
   */
  private Actor buildNamed(String id, Actor.Builder b) {
    try {
      Actor a = b.build();
      boolean unnamed = a.name(Language.ENGLISH).isEmpty();
      boolean institution = id.length() == 6 && INSTITUTIONS.contains(id.substring(3));
      if ((unnamed || institution) && id.length() >= 6 && stateCodes.contains(id.substring(0, 3))) {
        // A state's institution is shown as such ("Germany government", not "Reichstag", the first name filed
        // under it); an elite or an opposition keeps the person it is filed under ("Albin Kurti").
        Optional<String[]> sector = Sector.of(id.substring(3)).map(sectorNames::get);
        Actor.Builder st = builders.get(id.substring(0, 3));
        Optional<String> stateName = Optional.ofNullable(curatedStateNames.get(id.substring(0, 3)))
            .or(() -> st == null ? Optional.empty() : st.build().name(Language.ENGLISH));
        if (sector.isPresent() && stateName.isPresent()) {
          Actor.Builder shown = Actor.builder(a.id(), a.kind());
          a.cameo().ifPresent(shown::cameo);
          shown.names(Language.ENGLISH, sector.get()[0].replace("{STATE}", stateName.get()));
          a.names().forEach((l, list) -> shown.names(l, list.toArray(String[]::new)));
          a.memberOf().forEach(shown::memberOf);
          return shown.build();
        }
      }
      return a;
    } catch (IllegalArgumentException noName) {
      String state = id.length() >= 3 ? id.substring(0, 3) : id;
      Optional<String[]> sector = id.length() >= 6 ? Sector.of(id.substring(3)).map(sectorNames::get)
          : Optional.empty();
      Actor.Builder st = builders.get(state);
      String stateName = null;
      Optional<String> stateAr = Optional.empty();
      if (st != null && !state.equals(id)) {
        try {
          // A curated state keeps its own name: PETRARCH files Germany's cities before its name ("Leipzig").
          Actor s = st.build();
          stateName = curatedStateNames.getOrDefault(state, s.name());
          stateAr = Optional.ofNullable(curatedStateNamesAr.get(state)).or(() -> s.name(Language.ARABIC));
        } catch (IllegalArgumentException e) {
          stateName = null;
        }
      }
      if (stateName != null && sector.isPresent()) {
        b.names(Language.ENGLISH, sector.get()[0].replace("{STATE}", stateName));
        String ar = sector.get()[1];
        stateAr.ifPresent(a -> b.names(Language.ARABIC, ar.replace("{STATE}", a)));
      } else {
        b.names(Language.ENGLISH, id);
      }
      return b.build();
    }
  }

  private void dropDangling(Map<String, Actor> actors, Set<String> all) {
    actors.replaceAll((id, a) -> {
      List<Affiliation> keep = new ArrayList<>();
      for (Affiliation f : a.memberOf()) {
        if (all.contains(f.actor()) || f.actor().length() >= 6 && stateCodes.contains(f.actor().substring(0, 3))) {
          keep.add(f);
        } else {
          log.add("dropped link " + id + " -> " + f.actor());
        }
      }
      return keep.size() == a.memberOf().size() ? a : new Actor(a.id(), a.kind(), a.cameo(), a.names(), keep);
    });
  }

  static String nameKey(String name) {
    StringBuilder b = new StringBuilder();
    for (org.crosscheck.internal.text.Tokens.Token t : org.crosscheck.internal.text.Tokens.tokenize(name)) {
      b.append(org.crosscheck.internal.text.MatchForms.key(t.folded())).append(' ');
    }
    return b.toString().strip();
  }

  private static Actor merge(Actor curated, Actor old, Map<String, String> claimed) {
    Map<Language, List<String>> names = new LinkedHashMap<>();
    curated.names().forEach((l, n) -> names.put(l, new ArrayList<>(n)));
    old.names().forEach((l, n) -> names.merge(l, n.stream()
        .filter(x -> claimed.getOrDefault(nameKey(x), curated.id()).equals(curated.id())).toList(),
        CatalogGenerator::union));
    List<Affiliation> links = curated.memberOf().isEmpty() ? old.memberOf() : curated.memberOf();
    return new Actor(curated.id(), curated.kind(), curated.cameo().or(old::cameo), names, links);
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return new ArrayList<>(s);
  }

  private void write(Path file, java.util.Collection<Actor> actors) throws IOException {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file));
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      w.write("# Generated by org.crosscheck.internal.catalog.build.CatalogGenerator; do not edit.\n");
      w.write("# Sources: PETRARCH/Phoenix actor dictionaries (MIT, Open Event Data Alliance) and\n");
      w.write("# core/src/catalog/current.txt (GPL-3.0-or-later, this project). See NOTICE.\n");
      for (Actor a : actors) {
        w.write(CatalogFormat.write(a, demonyms.getOrDefault(a.id(), Map.of())));
        w.write('\n');
      }
    }
  }

  // --- English dictionaries --------------------------------------------------------------------------------

  private void english(Entry e, boolean group, Set<String> countryNameWords) {
    List<Code> codes = e.codes();
    List<Code> dated = codes.stream().filter(Code::dated).toList();
    if (codes.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    names.add(display(e.name()));
    for (String a : e.aliases()) {
      names.add(display(a));
    }
    names.removeIf(ambiguous::contains);
    if (names.isEmpty()) {
      return;
    }
    // "ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS [IGO]", "UNIVERSAL_POSTAL_UNION [IGO]": a bare code names
    // a kind of body, not one body; an entry so coded is its own actor, as a group's is, or all would be one.
    if (group || dated.isEmpty() && kindOfBody(codes.get(0).code())) {
      String id = slug(e.name());
      Code c = codes.get(0);
      ActorKind kind = c.code().startsWith("IGO") ? ActorKind.INTERNATIONAL_BODY
          : c.code().matches("...(REB|UAF|INS|SEP).*") || c.code().startsWith("IMG") ? ActorKind.ARMED_GROUP
          : ActorKind.ORGANISATION;
      Actor.Builder b = builder(id, kind);
      b.cameo(c.code());
      b.names(Language.ENGLISH, names.toArray(String[]::new));
      return;
    }
    String first = codes.get(0).code().length() >= 3 ? codes.get(0).code().substring(0, 3) : "";
    boolean oneState = stateCodes.contains(first) && codes.stream().allMatch(c -> c.code().startsWith(first))
        && codes.stream().anyMatch(c -> c.code().equals(first));
    String state = first;
    // A country whose earlier codes were those of a union or a predecessor ("GEORGIA_ [USRGEO <910409] [GEOUNR …]
    // [GEO >911221]", "SERBIA_ [SCGSRB …] [SRB >060605]"): the state it is now, not a person with dated roles.
    Optional<Code> now = codes.stream().filter(c -> c.until().isEmpty() && stateCodes.contains(c.code()))
        .max(java.util.Comparator.comparing(c -> c.from().orElse(LocalDate.MIN)));
    if (!oneState && now.isPresent() && codes.stream().allMatch(c -> c.until().isPresent() || c.code().equals(now.get().code()))) {
      oneState = true;
      state = now.get().code();
    }
    if (dated.isEmpty() || oneState) {
      // Names of a code's actor: Russia, Moscow, U.N. (a country's names may carry the dates of its regimes:
      // "IRAQ_ [IRQ <20030320] [IRQOCC …] [IRQ >20060520]" is Iraq).
      String code = oneState ? state : codes.get(0).code();
      Actor.Builder b = codeActor(code);
      if (b == null) {
        return;
      }
      for (String n : names) {
        if (stateCodes.contains(code) && isDemonym(n, countryNameWords)) {
          demonyms.computeIfAbsent(code, k -> new LinkedHashMap<>())
              .computeIfAbsent(Language.ENGLISH, k -> new ArrayList<>()).add(n);
        } else {
          b.names(Language.ENGLISH, n);
        }
      }
      return;
    }
    String id = slug(e.name());
    if (builders.containsKey(id) && kinds.get(id) != ActorKind.PERSON) {
      id = id + "-person";
    }
    Actor.Builder b = builder(id, ActorKind.PERSON);
    b.names(Language.ENGLISH, names.toArray(String[]::new));
    StringBuilder key = new StringBuilder();
    for (Code c : dated) {
      if (codeActor(c.code()) == null) {
        continue;
      }
      b.memberOf(new Affiliation(c.code(), c.from(), c.until().filter(u -> c.from().map(u::isAfter).orElse(true)),
          false));
      key.append(c.code()).append(c.from().orElse(null)).append(c.until().orElse(null)).append(';');
    }
    personByDatedCodes.putIfAbsent(key.toString(), id);
  }

  private static boolean isDemonym(String name, Set<String> countryNameWords) {
    if (name.contains(" ")) {
      return false;
    }
    String l = name.toLowerCase(Locale.ROOT);
    if (countryNameWords.contains(l) || l.endsWith("stan") || l.endsWith("land")) {
      return false;
    }
    return l.endsWith("an") || l.endsWith("ese") || l.endsWith("ish") || l.endsWith("i") || l.endsWith("ic")
        || l.endsWith("ch");
  }

  /** Codes of a kind of body with no qualifier: many dictionary entries carry them, each a different body. */
  private static final Set<String> GENERIC_CODES = Set.of("IGO", "NGO");

  /**
   * Whether a code names a kind of body rather than one body. Besides the bare codes, an NGO or IGO code made only
   * of countries and of role, religion or region codes ("NGOHRI" a human rights group, "NGOUSAHLH" an American
   * health charity, "NGOHRIMED" a press freedom group, "IGOCRB" a Caribbean body, "IGOUNODEV" a UN development
   * agency) is carried by many entries, each a different body: merged, Reporters Without Borders spoke as the
   * Committee to Protect Journalists and the UNDP as ESCAP. A code with a part of its own ("NGOHRIAMN" Amnesty,
   * "NGOHLHMSF" MSF, "IGOWAFBUSWAS" ECOWAS), and the UN's own "IGOUNO", are one body's.
   */
  private boolean kindOfBody(String code) {
    if (GENERIC_CODES.contains(code)) {
      return true;
    }
    String rest = code.startsWith("IGOUNO") ? code.substring(6)
        : code.startsWith("NGO") || code.startsWith("IGO") ? code.substring(3) : "";
    if (rest.isEmpty() || rest.length() % 3 != 0) {
      return false;
    }
    for (int i = 0; i < rest.length(); i += 3) {
      String part = rest.substring(i, i + 3);
      if (!kindCodes.contains(part) && !stateCodes.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** The builder of a code's actor, made on first use; null for codes that are not actors. */
  private Actor.Builder codeActor(String code) {
    if (builders.containsKey(code)) {
      return builders.get(code);
    }
    if (Sector.of(code).filter(s -> s.name().equals(code)).isPresent()) {
      // A bare sector code ("NGO") is a kind of body of some country, not one body: "NGO" in a text is an agent noun
      // ("a Spanish NGO" is Spain's NGOs), never one actor named "NGO".
      return null;
    }
    ActorKind kind;
    String parent = null;
    if (stateCodes.contains(code)) {
      kind = ActorKind.STATE;
    } else if (code.length() >= 6 && stateCodes.contains(code.substring(0, 3))) {
      String sector = code.substring(3, 6);
      switch (sector) {
        case "GOV", "JUD", "LEG" -> { kind = ActorKind.GOVERNMENT; parent = code.substring(0, 3); }
        case "MIL", "COP", "SPY" -> { kind = ActorKind.GOVERNMENT; parent = code.substring(0, 3) + "GOV"; }
        case "REB", "UAF", "INS", "SEP" -> kind = ActorKind.ARMED_GROUP;
        default -> kind = ActorKind.GROUP;
      }
      if (code.length() > 6) {
        parent = code.substring(0, 6);
        codeActor(parent);
      }
      if (parent != null && parent.endsWith("GOV") && !builders.containsKey(parent)) {
        codeActor(parent);
      }
    } else if (code.startsWith("IGO")) {
      kind = ActorKind.INTERNATIONAL_BODY;
    } else if (code.startsWith("NGO")) {
      kind = ActorKind.ORGANISATION;
    } else {
      return null;
    }
    Actor.Builder b = builder(code, kind).cameo(code);
    if (parent != null) {
      b.memberOf(parent);
    }
    return b;
  }

  private Actor.Builder builder(String id, ActorKind kind) {
    kinds.putIfAbsent(id, kind);
    return builders.computeIfAbsent(id, k -> Actor.builder(k, kind));
  }

  // --- Arabic dictionary ---------------------------------------------------------------------------------

  private void arabic(Entry e) {
    if (e.codes().isEmpty()) {
      return;
    }
    String name = e.name().strip();
    if (name.isEmpty() || !ArabicText.isArabicLetter(ArabicText.fold(name).isEmpty() ? 'x'
        : ArabicText.fold(name).charAt(0))) {
      return;
    }
    List<Code> dated = e.codes().stream().filter(Code::dated).toList();
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(e.aliases());
    names.removeIf(n -> ambiguous.contains("ar:" + ArabicText.fold(n)));
    if (names.isEmpty()) {
      return;
    }
    if (dated.isEmpty() || e.codes().size() == 1 && name.split(" ").length < 2) {
      String code = e.codes().get(0).code();
      if (kindOfBody(code)) {
        // "صندوق نقد دولي [IGO]", "منظمة تجارة عالمي [IGO]": the Arabic dictionary codes the IMF, the WTO, the Arab
        // League and a hundred others with the bare code, which names no one body; merged, they were one actor. The
        // bodies the current list names keep their Arabic names there.
        return;
      }
      Actor.Builder b = codeActor(code);
      if (b == null) {
        return;
      }
      for (String n : names) {
        if (stateCodes.contains(code) && !n.contains(" ") && ArabicText.fold(n).endsWith("\u064A")) {
          demonyms.computeIfAbsent(code, k -> new LinkedHashMap<>())
              .computeIfAbsent(Language.ARABIC, k -> new ArrayList<>()).add(n);
        } else {
          b.names(Language.ARABIC, n);
        }
      }
      return;
    }
    StringBuilder key = new StringBuilder();
    for (Code c : dated) {
      key.append(c.code()).append(c.from().orElse(null)).append(c.until().orElse(null)).append(';');
    }
    String joined = personByDatedCodes.get(key.toString());
    if (joined == null) {
      // "رئيس سوري بشار الأسد" ends with the name of a person the current list knows: it is that person.
      String k = nameKey(name);
      for (Map.Entry<String, String> c : curatedArabicPersons.entrySet()) {
        if (k.equals(c.getKey()) || k.endsWith(" " + c.getKey())) {
          joined = c.getValue();
          break;
        }
      }
      if (joined != null && !builders.containsKey(joined)) {
        builder(joined, ActorKind.PERSON);
      }
    }
    if (joined != null) {
      builders.get(joined).names(Language.ARABIC, names.toArray(String[]::new));
      return;
    }
    if (name.split(" ").length < 2) {
      // A single dated word ("صحافي") is an agent noun mistaken for a name, not a person.
      return;
    }
    String id = "ar:" + ArabicText.fold(name).replace(' ', '-');
    Actor.Builder b = builder(id, ActorKind.PERSON);
    b.names(Language.ARABIC, names.toArray(String[]::new));
    if (kinds.get(id) == ActorKind.PERSON && b.build().memberOf().isEmpty()) {
      for (Code c : dated) {
        if (codeActor(c.code()) != null) {
          b.memberOf(new Affiliation(c.code(), c.from(), c.until(), false));
        }
      }
    }
  }

  // --- names ---------------------------------------------------------------------------------------------

  /** "RUSSIAN_FEDERATION" → "Russian Federation"; "U.N." and two-letter words stay in capitals. */
  String display(String phrase) {
    String[] words = phrase.strip().split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (i > 0 && particles.contains(lower)) {
        b.append(lower);
      } else if (w.contains(".") || w.length() <= 2 || w.length() == 3 && !lower.matches(".*[aeiouy].*")) {
        b.append(w);
      } else {
        b.append(titleWord(lower));
      }
    }
    return b.toString();
  }

  private static String titleWord(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    boolean up = true;
    for (char c : lower.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '-' || c == '\'' || c == '(';
    }
    return b.toString();
  }

  static String slug(String phrase) {
    String s = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }


}
