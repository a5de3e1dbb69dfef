package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.VocabularyException;

/**
 * How a language names the actors Crosscheck makes up rather than finds in its catalog: a country's sector
 * ("Syria rebels", "المسلحون المعارضون (سوريا)") and an anonymous source ("an unnamed source close to" an institution,
 * "مصدر مقرب من الكرملين"). Read from two files of a profile:
 *
 * <ul>
 *   <li>{@code sectors.tsv}: {@code SECTOR<TAB>label}, the label of each {@link Sector} ("GOV	government");
 *   <li>{@code actor-names.tsv}: {@code TEMPLATE<TAB>text}, see {@link Template}; {@code {STATE}},
 *       {@code {SECTOR}} and {@code {ACTOR}} are filled in.
 * </ul>
 *
 * An actor made up in a language without a template or a label simply has no name in it. Errors read
 * {@code file:line: reason}, as with every {@link Vocabulary} list. Immutable and thread-safe.
 */
public final class ActorNaming {

  /** The names a language gives made-up actors. */
  public enum Template {
    /** A country's sector, with {@code {STATE}} and {@code {SECTOR}}: "{STATE} {SECTOR}". */
    COMPOSITE,
    /** An anonymous source nobody is said to be close to: "an unnamed source". */
    ANONYMOUS,
    /** An anonymous source close to {@code {ACTOR}}: "an unnamed source close to {ACTOR}". */
    ANONYMOUS_CLOSE_TO,
    /** The article institutions (governments, groups) take when named inside a phrase: "the". */
    INSTITUTION_ARTICLE
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)\\}");

  private static final ActorNaming NONE = new ActorNaming(Map.of(), Map.of());

  private final Map<Sector, String> sectors;
  private final Map<Template, String> templates;

  private ActorNaming(Map<Sector, String> sectors, Map<Template, String> templates) {
    this.sectors = Map.copyOf(sectors);
    this.templates = Map.copyOf(templates);
  }

  /** No names: made-up actors get none in this language. */
  public static ActorNaming none() {
    return NONE;
  }

  /**
   * Reads the sector labels and the templates, relative to {@code anchor}'s package.
   *
   * @throws VocabularyException naming the file and line of the first error: an unknown sector or template, a
   *     placeholder the template cannot have, or one it needs missing
   */
  public static ActorNaming load(Class<?> anchor, String sectorsResource, String templatesResource) {
    Map<Sector, String> sectors = new EnumMap<>(Sector.class);
    for (Vocabulary.Row r : Vocabulary.read(anchor, sectorsResource, Vocabulary.Shape.of(2))) {
      sectors.put(r.get(0, Sector.class), r.get(1));
    }
    Map<Template, String> templates = new EnumMap<>(Template.class);
    for (Vocabulary.Row r : Vocabulary.read(anchor, templatesResource, Vocabulary.Shape.of(2))) {
      Template t = r.get(0, Template.class);
      check(r, t, r.get(1));
      templates.put(t, r.get(1));
    }
    return new ActorNaming(sectors, templates);
  }

  private static void check(Vocabulary.Row r, Template t, String text) {
    Set<String> allowed = switch (t) {
      case COMPOSITE -> Set.of("STATE", "SECTOR");
      case ANONYMOUS_CLOSE_TO -> Set.of("ACTOR");
      case ANONYMOUS, INSTITUTION_ARTICLE -> Set.of();
    };
    Set<String> found = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!allowed.contains(m.group(1))) {
        throw r.fail(t + " cannot have the placeholder {" + m.group(1) + "}");
      }
      found.add(m.group(1));
    }
    if (!found.equals(allowed)) {
      throw r.fail(t + " needs the placeholders " + allowed.stream().map(p -> "{" + p + "}").sorted().toList());
    }
  }

  /** The label of a sector ("government"). */
  public Optional<String> sector(Sector sector) {
    return Optional.ofNullable(sectors.get(requireNonNull(sector, "sector")));
  }

  /** The text of a template. */
  public Optional<String> template(Template template) {
    return Optional.ofNullable(templates.get(requireNonNull(template, "template")));
  }

  /** The name of a country's sector: {@link Template#COMPOSITE} with the state's name and the sector's label. */
  public Optional<String> composite(String stateName, Sector sector) {
    requireNonNull(stateName, "stateName");
    return template(Template.COMPOSITE).flatMap(t -> sector(sector).map(label -> fill(t, Map.of("STATE", stateName,
        "SECTOR", label))));
  }

  /** The name of an anonymous source close to an actor called {@code actorName} ("the Kremlin"). */
  public Optional<String> anonymousCloseTo(String actorName) {
    requireNonNull(actorName, "actorName");
    return template(Template.ANONYMOUS_CLOSE_TO).map(t -> fill(t, Map.of("ACTOR", actorName)));
  }

  /** Fills the placeholders in one pass, so that a value holding braces is not read as a placeholder. */
  private static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
