package org.crosscheck.internal.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CharMatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.CatalogException;
import org.crosscheck.Language;

/**
 * Reads and writes the catalog format: JSON Lines, one actor per line, blank lines and lines starting with
 * {@code #} ignored.
 *
 * <pre>
 * {"id":"dmitry-peskov","kind":"PERSON","names":{"en":["Dmitry Peskov","Peskov"],"ar":["دميتري بيسكوف","بيسكوف"]},
 *  "memberOf":[{"id":"kremlin-spokesman","from":"2008-05-25","holds":true}]}
 * </pre>
 *
 * Fields: {@code id} (required), {@code kind} (an {@link ActorKind} name, required), {@code cameo},
 * {@code names} (language code → names, canonical first; required), {@code demonyms} (same shape; for states),
 * {@code memberOf} (list of {@code {"id", "from", "until", "holds"}}, dates ISO, {@code until} exclusive).
 * Unknown fields are rejected, so a misspelt field is an error rather than silently ignored; so are a key given
 * twice, text after the object, a {@code holds} that is not {@code true} or {@code false}, bytes that are not
 * UTF-8 and lines longer than {@link #MAX_LINE}. Ids and names lose bidi controls and other control characters
 * (as article text does), which only change how they look.
 */
public final class CatalogFormat {

  private CatalogFormat() {}

  /**
   * Bidi controls and other control characters: never part of a name, and able to reorder what a screen shows
   * around it. (Zero-width joiners and non-joiners are kept: Persian and Arabic spelling uses them.)
   */
  private static final CharMatcher BIDI_OR_CONTROL = CharMatcher.anyOf("\u200E\u200F\u061C")
      .or(CharMatcher.inRange('\u202A', '\u202E')).or(CharMatcher.inRange('\u2066', '\u2069'))
      .or(CharMatcher.javaIsoControl());

  /** Strict: a key twice in one object is an error, not "the last one wins". */
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final Set<String> FIELDS = Set.of("id", "kind", "cameo", "names", "demonyms", "memberOf");
  private static final Set<String> LINK_FIELDS = Set.of("id", "from", "until", "holds");

  /** A parsed row and the line it came from. */
  public record Parsed(Actor actor, Map<Language, List<String>> demonyms, int line) {}

  /** The longest line a catalog file may have: {@value} (bytes for files and streams, characters for readers). */
  public static final int MAX_LINE = CatalogLines.MAX_LINE;

  /**
   * Parses every row of UTF-8 bytes; the first bad row fails with {@code file:line: reason}, including a line that
   * is not valid UTF-8 or longer than {@link #MAX_LINE}.
   */
  public static List<Parsed> read(InputStream in, String file) throws IOException {
    return read(CatalogLines.of(in, file), file);
  }

  /** Parses every row of a reader; see {@link #read(InputStream, String)}. */
  public static List<Parsed> read(Reader reader, String file) throws IOException {
    return read(CatalogLines.of(reader, file), file);
  }

  private static List<Parsed> read(CatalogLines lines, String file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    String line;
    while ((line = lines.next()) != null) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      out.add(parse(t, file, lines.number()));
    }
    return out;
  }

  static Parsed parse(String json, String file, int line) {
    JsonNode node;
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      try {
        node = MAPPER.readTree(p);
      } catch (JsonParseException e) {
        String m = String.valueOf(e.getOriginalMessage());
        throw new CatalogException(file, line, m.startsWith("Duplicate field")
            ? "duplicate key " + m.substring("Duplicate field ".length()) + ": a key may occur once in an object"
            : "not valid JSON: " + m);
      }
      try {
        if (p.nextToken() != null) {
          throw new CatalogException(file, line, "trailing text after the JSON object (one actor a line)");
        }
      } catch (JsonProcessingException e) {
        throw new CatalogException(file, line, "trailing text after the JSON object (one actor a line)");
      }
    } catch (JsonProcessingException e) {
      throw new CatalogException(file, line, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new CatalogException(file, line, "not valid JSON: " + e.getMessage());
    }
    if (!(node instanceof ObjectNode o)) {
      throw new CatalogException(file, line, "expected a JSON object");
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new CatalogException(file, line, "unknown field '" + f + "' (known: " + FIELDS + ")");
      }
    }
    String id = text(o, "id", file, line, true);

    String kindName = text(o, "kind", file, line, true);
    ActorKind kind;
    try {
      kind = ActorKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(file, line, "unknown kind '" + kindName + "' (known: "
          + java.util.Arrays.toString(ActorKind.values()) + ")");
    }
    String cameo = text(o, "cameo", file, line, false);
    Map<Language, List<String>> names = names(o.get("names"), "names", file, line);
    if (names.isEmpty()) {
      throw new CatalogException(file, line, "actor '" + id + "' has no names");
    }
    Map<Language, List<String>> demonyms = o.has("demonyms") ? names(o.get("demonyms"), "demonyms", file, line)
        : Map.of();
    List<Affiliation> links = new ArrayList<>();
    JsonNode m = o.get("memberOf");
    if (m != null && !m.isNull()) {
      if (!(m instanceof ArrayNode arr)) {
        throw new CatalogException(file, line, "memberOf must be a list");
      }
      for (JsonNode l : arr) {
        if (!(l instanceof ObjectNode lo)) {
          throw new CatalogException(file, line, "memberOf entries must be objects");
        }
        for (Iterator<String> it = lo.fieldNames(); it.hasNext(); ) {
          String f = it.next();
          if (!LINK_FIELDS.contains(f)) {
            throw new CatalogException(file, line, "unknown memberOf field '" + f + "' (known: " + LINK_FIELDS + ")");
          }
        }
        String target = text(lo, "id", file, line, true);
        Optional<LocalDate> from = date(lo, "from", file, line);
        Optional<LocalDate> until = date(lo, "until", file, line);
        JsonNode h = lo.get("holds");
        if (h != null && !h.isNull() && !h.isBoolean()) {
          throw new CatalogException(file, line, "field 'holds' must be true or false, got " + h);
        }
        boolean holds = h != null && h.asBoolean(false);
        try {
          links.add(new Affiliation(target, from, until, holds));
        } catch (IllegalArgumentException e) {
          throw new CatalogException(file, line, e.getMessage());
        }
      }
    }
    try {
      return new Parsed(new Actor(id, kind, Optional.ofNullable(cameo), names, links), demonyms, line);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new CatalogException(file, line, String.valueOf(e.getMessage()));
    }
  }

  private static String text(JsonNode o, String field, String file, int line, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new CatalogException(file, line, "missing field '" + field + "'");
      }
      return null;
    }
    String t = v.isTextual() ? BIDI_OR_CONTROL.removeFrom(v.asText()).strip() : "";
    if (t.isEmpty()) {
      throw new CatalogException(file, line, "field '" + field + "' must be a non-blank string");
    }
    return t;
  }

  private static Optional<LocalDate> date(JsonNode o, String field, String file, int line) {
    String s = text(o, field, file, line, false);
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      throw new CatalogException(file, line, "field '" + field + "' is not an ISO date (YYYY-MM-DD): '" + s + "'");
    }
  }

  private static Map<Language, List<String>> names(JsonNode n, String field, String file, int line) {
    if (n == null || n.isNull()) {
      return Map.of();
    }
    if (!(n instanceof ObjectNode o)) {
      throw new CatalogException(file, line, field + " must be an object of language code → list of names");
    }
    Map<Language, List<String>> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Language lang;
      try {
        lang = Language.of(e.getKey());
      } catch (IllegalArgumentException ex) {
        throw new CatalogException(file, line, "'" + e.getKey() + "' in " + field + " is not a language code");
      }
      if (!e.getValue().isArray()) {
        throw new CatalogException(file, line, field + "." + e.getKey() + " must be a list of strings");
      }
      List<String> list = new ArrayList<>();
      for (JsonNode v : e.getValue()) {
        if (!v.isTextual() || v.asText().isBlank()) {
          throw new CatalogException(file, line, field + "." + e.getKey() + " holds a blank or non-string name");
        }
        String name = BIDI_OR_CONTROL.removeFrom(v.asText()).strip();
        if (name.isEmpty()) {
          throw new CatalogException(file, line, field + "." + e.getKey() + " holds a blank or non-string name");
        }
        list.add(name);
      }
      if (!list.isEmpty()) {
        out.put(lang, list);
      }
    }
    return out;
  }

  /** One actor as a catalog line. */
  public static String write(Actor a, Map<Language, List<String>> demonyms) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("kind", a.kind().name());
    a.cameo().ifPresent(c -> o.put("cameo", c));
    o.set("names", namesNode(a.names()));
    if (!demonyms.isEmpty()) {
      o.set("demonyms", namesNode(demonyms));
    }
    if (!a.memberOf().isEmpty()) {
      ArrayNode arr = o.putArray("memberOf");
      for (Affiliation f : a.memberOf()) {
        ObjectNode l = arr.addObject();
        l.put("id", f.actor());
        f.from().ifPresent(d -> l.put("from", d.toString()));
        f.until().ifPresent(d -> l.put("until", d.toString()));
        if (f.holds()) {
          l.put("holds", true);
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode namesNode(Map<Language, List<String>> names) {
    ObjectNode n = MAPPER.createObjectNode();
    names.forEach((l, list) -> {
      ArrayNode arr = n.putArray(l.code());
      list.forEach(arr::add);
    });
    return n;
  }
}
