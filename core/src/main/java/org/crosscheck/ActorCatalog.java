package org.crosscheck;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.crosscheck.internal.Profiles;
import org.crosscheck.internal.catalog.CatalogFormat;
import org.crosscheck.internal.catalog.CatalogIndex;
import org.crosscheck.internal.catalog.MemberCycles;
import org.crosscheck.internal.catalog.MentionFinder;

/**
 * The actors Crosscheck knows: states, governments, people, roles, organisations, armed groups, media and
 * international bodies, each with English and Arabic names and dated {@code memberOf} links, so that "the
 * Kremlin", "Moscow", "Dmitry Peskov", "الكرملين" and "بيسكوف" all lead to Russia while keeping who spoke.
 *
 * <p>{@link #defaultCatalog()} is built from the PETRARCH/Phoenix actor dictionaries (MIT, Open Event Data
 * Alliance) joined on CAMEO codes, and extended with current office holders, armed groups and outlets; see
 * {@code NOTICE}. Hosts add or override actors with {@link #toBuilder()}, in code or from a catalog file in the
 * format documented in {@link Builder#load(Path)}.
 *
 * <p>Immutable and thread-safe once built: share one catalog. Mention finding allocates only per call.
 *
 * <p>{@link #findMentions(String, Language, Optional)} reads the text with the mention grammar of the language's
 * module ({@link org.crosscheck.spi.MentionGrammar}): title nouns, demonym order, anonymous sources, names the
 * catalog lacks. For a language without a module on the class path, and with core alone, it keeps the
 * language-neutral rules: catalog names and aliases in any script (Arabic clitics included), a title next to a
 * person the catalog knows, offices resolved by date, and chains. Country-sector and anonymous actors are named in
 * the languages of the modules present.
 *
 * <pre>{@code
 * ActorCatalog catalog = ActorCatalog.defaultCatalog();
 * for (Mention m : catalog.findMentions("أعلن بيسكوف، المتحدث باسم الكرملين", Language.ARABIC,
 *     Optional.of(LocalDate.of(2024, 12, 5)))) {
 *   System.out.println(m.text() + " → " + m.actor().name() + " " + m.chain());
 *   // بيسكوف، المتحدث باسم الكرملين → Dmitry Peskov [dmitry-peskov, kremlin-spokesman, RUSGOV, RUS]
 * }
 * }</pre>
 */
public final class ActorCatalog {

  private static final String CURRENT = "/org/crosscheck/internal/catalog/actors-current.jsonl.gz";
  private static final String PETRARCH = "/org/crosscheck/internal/catalog/actors-petrarch.jsonl.gz";
  private static final String AGENTS = "/org/crosscheck/internal/catalog/agents.tsv";

  /** Rank of bundled entries from the current-affairs list: they win over the 2014 dictionaries. */
  private static final int RANK_CURRENT = 0;
  private static final int RANK_PETRARCH = 1;
  /** Host entries win over everything bundled. */
  private static final int RANK_HOST = -1;

  private final CatalogIndex index;
  private final MentionFinder finder;
  private final List<CatalogIndex.Row> rows;

  private ActorCatalog(List<CatalogIndex.Row> rows) {
    this.rows = List.copyOf(rows);
    Profiles profiles = Profiles.registered();
    this.index = new CatalogIndex(this.rows, Agents.ALL, profiles);
    this.finder = new MentionFinder(index, profiles);
  }

  /** Sizes of a catalog, for reports. */
  public record Stats(int actors, int englishNames, int arabicNames, int phrases, int agentNouns) {}

  private static final class DefaultHolder {
    static final ActorCatalog DEFAULT = loadDefault();
  }

  private static final class Agents {
    static final List<CatalogIndex.Agent> ALL = loadAgents();
  }

  /** The bundled catalog, loaded on first use (well under a second) and shared. */
  public static ActorCatalog defaultCatalog() {
    return DefaultHolder.DEFAULT;
  }

  /** A catalog without actors (agent nouns such as "officials" are still known). */
  public static ActorCatalog empty() {
    return new ActorCatalog(List.of());
  }

  /** A builder starting from an empty catalog. */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /** A builder starting from this catalog's actors; what it adds wins over them. */
  public Builder toBuilder() {
    return new Builder(rows);
  }

  private static ActorCatalog loadDefault() {
    Map<String, CatalogIndex.Row> rows = new LinkedHashMap<>();
    // The current-affairs list is read last so that it wins over the 2014 dictionaries on shared ids.
    readBundled(PETRARCH, RANK_PETRARCH, rows);
    readBundled(CURRENT, RANK_CURRENT, rows);
    return new ActorCatalog(new ArrayList<>(rows.values()));
  }

  private static void readBundled(String resource, int rank, Map<String, CatalogIndex.Row> rows) {
    try (InputStream in = ActorCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogException("the bundled actor catalog " + resource + " is missing from the class path");
      }
      for (CatalogFormat.Parsed p : CatalogFormat.read(new GZIPInputStream(in, 1 << 16), resource)) {
        rows.remove(p.actor().id());
        rows.put(p.actor().id(), new CatalogIndex.Row(p.actor(), p.demonyms(), rank));
      }
    } catch (IOException e) {
      throw new CatalogException("the bundled actor catalog " + resource + " could not be read", e);
    }
  }

  private static List<CatalogIndex.Agent> loadAgents() {
    List<CatalogIndex.Agent> out = new ArrayList<>();
    try (InputStream in = ActorCatalog.class.getResourceAsStream(AGENTS)) {
      if (in == null) {
        throw new CatalogException("the bundled agent list " + AGENTS + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length == 3) {
          out.add(new CatalogIndex.Agent(Language.of(f[0]), f[1], f[2]));
        }
      }
    } catch (IOException e) {
      throw new CatalogException("the bundled agent list could not be read", e);
    }
    return List.copyOf(out);
  }

  /** The number of actors (composite country-sector actors made on demand are not counted). */
  public int size() {
    return index.actors().size();
  }

  /** Every actor, in catalog order. */
  public Collection<Actor> actors() {
    return index.actors().values();
  }

  /**
   * The actor with this id. Country-sector codes resolve even without an entry of their own
   * ({@code "SYRREB"}: Syrian rebels).
   */
  public Optional<Actor> actor(String id) {
    return index.actor(requireNonNull(id, "id"));
  }

  /** The adjectives of a state in a language ("Russian", "روسي"), empty for other actors. */
  public List<String> demonyms(String id, Language language) {
    return index.demonyms(requireNonNull(id, "id")).getOrDefault(requireNonNull(language, "language"), List.of());
  }

  /**
   * The state a demonym names: "Syrian" → Syria, "Russians" → Russia, "الروسية" → Russia. Demonyms alone are not
   * mentions ("Russian analysis" names no actor); extractors use this for targets such as "Syrian defenses".
   */
  public Optional<Actor> stateOfDemonym(String word) {
    return index.stateOfDemonym(requireNonNull(word, "word"));
  }

  /**
   * The CAMEO sector an agent noun names in a language ("protesters" → {@code CVL}, "riot police" → {@code COP},
   * "المسلحون" → {@code UAF}), from the agent dictionaries; empty for other words.
   */
  public Optional<String> agentSector(String noun, Language language) {
    return index.agentSector(requireNonNull(noun, "noun"), requireNonNull(language, "language"));
  }

  /**
   * The actor of a state's sector ("Iraqi police": Iraq and {@code COP}): the catalog's own entry when it has one,
   * else one made on demand; empty when {@code stateId} is not a state or {@code sector} is no sector of
   * {@link org.crosscheck.spi.Sector} (a group of an unknown sector is not the state).
   */
  public Optional<Actor> composite(String stateId, String sector) {
    return index.composite(requireNonNull(stateId, "stateId"), requireNonNull(sector, "sector"));
  }

  /**
   * Finds the actors mentioned in {@code text}.
   *
   * @param date the date to resolve roles and offices on ("the Kremlin spokesman" in 2024 is Dmitry Peskov);
   *     empty to leave them unresolved
   */
  public List<Mention> findMentions(String text, Language language, Optional<LocalDate> date) {
    requireNonNull(text, "text");
    return findMentions(text, 0, text.length(), language, date);
  }

  /** Finds the actors mentioned in {@code text[from, to)}; offsets in the result are offsets in {@code text}. */
  public List<Mention> findMentions(String text, int from, int to, Language language, Optional<LocalDate> date) {
    requireNonNull(text, "text");
    requireNonNull(language, "language");
    requireNonNull(date, "date");
    checkArgument(0 <= from && from <= to && to <= text.length(), "[%s, %s) is outside the text", from, to);
    return finder.find(text, from, to, language, date.orElse(null));
  }

  /**
   * The ids from {@code id} up its {@code memberOf} links on {@code date}: {@code [dmitry-peskov,
   * kremlin-spokesman, RUSGOV, RUS]}. Without a date, undated links are followed, else the most recent.
   */
  public List<String> chain(String id, Optional<LocalDate> date) {
    return index.chain(requireNonNull(id, "id"), requireNonNull(date, "date").orElse(null));
  }

  /**
   * The chain of an actor object: as {@link #chain(String, Optional)} for catalog actors; ad-hoc and anonymous
   * actors, which are not in the catalog, start with their own id and continue through whom they belong to
   * ({@code anon:RUSGOV, RUSGOV, RUS}).
   */
  public List<String> chain(Actor actor, Optional<LocalDate> date) {
    return index.chain(requireNonNull(actor, "actor"), requireNonNull(date, "date").orElse(null));
  }

  /** Lifts {@code actor} to {@code level} on {@code date}; see {@link ActorLevel}. */
  public Actor lift(Actor actor, ActorLevel level, Optional<LocalDate> date) {
    return index.lift(requireNonNull(actor, "actor"), requireNonNull(level, "level"),
        requireNonNull(date, "date").orElse(null));
  }

  /** Lifts the actor with this id; unknown ids come back as an ad-hoc actor of that id's name. */
  public Actor lift(String id, ActorLevel level, Optional<LocalDate> date) {
    Actor a = actor(id).orElseGet(() -> adHoc(id, ActorKind.UNKNOWN));
    return lift(a, level, date);
  }

  /**
   * Whether this actor is an office held by others on dated terms ("Kremlin spokesman", "the Syrian
   * government"), so that a mention of it means its holder of the day.
   */
  public boolean isOffice(String id) {
    return index.isOffice(requireNonNull(id, "id"));
  }

  /** Who held the office on {@code date}. */
  public Optional<Actor> holderOn(String officeId, LocalDate date) {
    return index.holderOn(requireNonNull(officeId, "officeId"), requireNonNull(date, "date"));
  }

  /** The holders of an office, in catalog order. */
  public List<Actor> holders(String officeId) {
    return index.holders(requireNonNull(officeId, "officeId")).stream()
        .map(id -> index.actor(id).orElseThrow()).toList();
  }

  /** An ad-hoc actor for a name the catalog lacks; its id is {@code adhoc:<kind>:<slug>}. */
  public Actor adHoc(String surface, ActorKind kind) {
    requireNonNull(surface, "surface");
    requireNonNull(kind, "kind");
    checkArgument(!surface.isBlank(), "surface must not be blank");
    return MentionFinder.adHoc(surface, kind);
  }

  /** Sizes: actors, names per language, phrases in the index. */
  public Stats stats() {
    int en = 0;
    int ar = 0;
    for (Actor a : index.actors().values()) {
      en += a.aliases(Language.ENGLISH).size();
      ar += a.aliases(Language.ARABIC).size();
    }
    return new Stats(size(), en, ar, index.phraseCount(), index.agentCount());
  }

  @Override
  public String toString() {
    return "ActorCatalog[" + size() + " actors]";
  }

  /**
   * Builds an {@link ActorCatalog}: add or override actors, remove them, load catalog files. Entries added here
   * win over entries of the catalog the builder started from when they share an id or a name. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, CatalogIndex.Row> rows = new LinkedHashMap<>();

    private Builder(List<CatalogIndex.Row> start) {
      for (CatalogIndex.Row r : start) {
        rows.put(r.actor().id(), r);
      }
    }

    /** Adds an actor, replacing any actor with the same id. */
    public Builder add(Actor actor) {
      return add(actor, Map.of());
    }

    /** Adds an actor with its demonyms (for states: "Russian", "روسي"), replacing any with the same id. */
    public Builder add(Actor actor, Map<Language, List<String>> demonyms) {
      requireNonNull(actor, "actor");
      requireNonNull(demonyms, "demonyms");
      checkArgument(!actor.isAdHoc(), "ad-hoc actors cannot be added to a catalog: %s", actor.id());
      rows.remove(actor.id());
      rows.put(actor.id(), new CatalogIndex.Row(actor, demonyms, RANK_HOST));
      return this;
    }

    /** Removes the actor with this id, if present. */
    public Builder remove(String id) {
      rows.remove(requireNonNull(id, "id"));
      return this;
    }

    /**
     * Loads a catalog file: UTF-8 JSON Lines, one actor per line in the format
     * {@code {"id","kind","cameo","names":{"en":[…],"ar":[…]},"demonyms":{…},"memberOf":[{"id","from","until",
     * "holds"}]}} ({@code #} comments and blank lines allowed). Every row is checked: invalid JSON, text after the
     * object, a key given twice, an unknown field or kind, a bad date, a {@code holds} that is not {@code true} or
     * {@code false}, a {@code memberOf} id that is neither in the file nor in the catalog, a {@code memberOf} cycle
     * (A → B → A, named in the message), bytes that are not UTF-8, or a line longer than
     * {@value org.crosscheck.internal.catalog.CatalogFormat#MAX_LINE} bytes fails the whole load with a
     * {@link CatalogException} naming {@code file:line} and the reason; nothing is added then.
     */
    public Builder load(Path file) {
      requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return load(CatalogFormat.read(in, file.toString()), file.toString());
      } catch (IOException e) {
        throw new CatalogException(file + ": cannot be read: " + e.getMessage(), e);
      }
    }

    /**
     * Loads catalog rows from a reader; {@code name} is used in messages. See {@link #load(Path)}; lines are limited
     * to {@value org.crosscheck.internal.catalog.CatalogFormat#MAX_LINE} characters.
     */
    public Builder load(Reader reader, String name) {
      requireNonNull(reader, "reader");
      requireNonNull(name, "name");
      try {
        return load(CatalogFormat.read(reader, name), name);
      } catch (IOException | UncheckedIOException e) {
        throw new CatalogException(name + ": cannot be read: " + e.getMessage(), e);
      }
    }

    private Builder load(List<CatalogFormat.Parsed> parsed, String name) {
      java.util.Set<String> known = new java.util.HashSet<>(rows.keySet());
      Map<String, CatalogFormat.Parsed> byId = new LinkedHashMap<>();
      for (CatalogFormat.Parsed p : parsed) {
        CatalogFormat.Parsed before = byId.put(p.actor().id(), p);
        if (before != null) {
          throw new CatalogException(name, p.line(), "duplicate id '" + p.actor().id() + "' (first on line "
              + before.line() + ")");
        }
        known.add(p.actor().id());
      }
      for (CatalogFormat.Parsed p : parsed) {
        for (Affiliation f : p.actor().memberOf()) {
          if (!known.contains(f.actor()) && !isCountrySector(f.actor(), known)) {
            throw new CatalogException(name, p.line(), "memberOf refers to unknown actor '" + f.actor() + "'");
          }
        }
      }
      // A cycle must run through a loaded row: the rows already here were checked when they came.
      Optional<List<String>> cycle = MemberCycles.find(byId.keySet(), id -> {
        CatalogFormat.Parsed p = byId.get(id);
        CatalogIndex.Row r = rows.get(id);
        Actor a = p != null ? p.actor() : r != null ? r.actor() : null;
        return a == null ? List.of() : a.memberOf().stream().map(Affiliation::actor).toList();
      });
      if (cycle.isPresent()) {
        String first = cycle.get().stream().filter(byId::containsKey).findFirst().orElseThrow();
        throw new CatalogException(name, byId.get(first).line(), cycleMessage(cycle.get()));
      }
      for (CatalogFormat.Parsed p : parsed) {
        rows.remove(p.actor().id());
        rows.put(p.actor().id(), new CatalogIndex.Row(p.actor(), p.demonyms(), RANK_HOST));
      }
      return this;
    }

    private static String cycleMessage(List<String> cycle) {
      return "memberOf cycle: " + String.join(" → ", cycle) + " (an actor cannot be a member of itself through "
          + "others)";
    }

    private static boolean isCountrySector(String id, java.util.Set<String> known) {
      return id.length() >= 6 && known.contains(id.substring(0, 3));
    }

    /**
     * Builds the catalog.
     *
     * @throws CatalogException if an actor is a member of an actor the catalog does not have, or if
     *     {@code memberOf} links form a cycle (the message names it)
     */
    public ActorCatalog build() {
      for (CatalogIndex.Row r : rows.values()) {
        for (Affiliation f : r.actor().memberOf()) {
          if (!rows.containsKey(f.actor()) && !isCountrySector(f.actor(), rows.keySet())) {
            throw new CatalogException("actor '" + r.actor().id() + "' is a member of unknown actor '"
                + f.actor() + "'");
          }
        }
      }
      MemberCycles.find(rows.keySet(), id -> {
        CatalogIndex.Row r = rows.get(id);
        return r == null ? List.of() : r.actor().memberOf().stream().map(Affiliation::actor).toList();
      }).ifPresent(c -> {
        throw new CatalogException(cycleMessage(c));
      });
      return new ActorCatalog(new ArrayList<>(rows.values()));
    }
  }
}
