package org.crosscheck.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.VocabularyException;

/**
 * The one loader for every word list of Crosscheck and its language modules: class-path resources in UTF-8,
 * one entry a line, fields separated by tabs, {@code #} comments and blank lines ignored.
 *
 * <p>Strict, like the actor catalog: a file that is missing, not UTF-8, without a {@code Source:} and a licence
 * line in its header comment, with a row of the wrong number of fields, an empty field, a value outside its
 * column's closed set, or the same key twice fails the load with a {@link VocabularyException} that reads
 * {@code file:line: reason}. Nothing is skipped silently.
 *
 * <pre>{@code
 * // speech-verbs.tsv:  say
 * Set<String> speech = Vocabulary.words(EnglishRules.class, "speech-verbs.tsv");
 * // stance-verbs.tsv:  back<TAB>SUPPORT
 * Map<String, Stance> cues = Vocabulary.classified(EnglishRules.class, "stance-verbs.tsv", Stance.class);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the results are immutable.
 */
public final class Vocabulary {

  private Vocabulary() {}

  /**
   * One row of a word list.
   *
   * @param file the resource the row comes from
   * @param line its 1-based line number
   * @param fields the fields, stripped of surrounding spaces
   */
  public record Row(String file, int line, List<String> fields) {

    public Row {
      requireNonNull(file, "file");
      checkArgument(line >= 1, "line must be >= 1, got %s", line);
      fields = List.copyOf(fields);
    }

    /** The field at {@code column} (0-based). */
    public String get(int column) {
      return fields.get(column);
    }

    /** Whether the row has a field at {@code column}. */
    public boolean has(int column) {
      return column < fields.size();
    }

    /** The field at {@code column} as a constant of {@code type}, or a {@link VocabularyException} naming the row. */
    public <E extends Enum<E>> E get(int column, Class<E> type) {
      String v = get(column);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v)) {
          return e;
        }
      }
      throw fail("unknown " + type.getSimpleName() + " '" + v + "' (expected one of "
          + Arrays.toString(type.getEnumConstants()) + ")");
    }

    /** An error about this row. */
    public VocabularyException fail(String reason) {
      return new VocabularyException(file, line, reason);
    }
  }

  /**
   * The shape of a word list: how many fields a row has, which of them form the key that must be unique, and how
   * keys are normalised before they are compared (lower case, Arabic folding).
   */
  public static final class Shape {
    private final int minFields;
    private final int maxFields;
    private final int keyFields;
    private final UnaryOperator<String> normaliser;

    private Shape(int minFields, int maxFields, int keyFields, UnaryOperator<String> normaliser) {
      this.minFields = minFields;
      this.maxFields = maxFields;
      this.keyFields = keyFields;
      this.normaliser = normaliser;
    }

    /** Rows of exactly {@code fields} fields; the first field is the key, compared as written. */
    public static Shape of(int fields) {
      checkArgument(fields >= 1, "fields must be >= 1, got %s", fields);
      return new Shape(fields, fields, 1, UnaryOperator.identity());
    }

    /** Rows of {@code min} to {@code max} fields. */
    public static Shape between(int min, int max) {
      checkArgument(min >= 1 && max >= min, "need 1 <= min <= max, got %s and %s", min, max);
      return new Shape(min, max, 1, UnaryOperator.identity());
    }

    /** The same shape whose key is the first {@code n} fields (for lists where a word may have several classes). */
    public Shape keyFields(int n) {
      checkArgument(n >= 1 && n <= minFields, "keyFields must be in [1, %s], got %s", minFields, n);
      return new Shape(minFields, maxFields, n, normaliser);
    }

    /** The same shape with keys compared after {@code normaliser} (the normalised key is what lookups use). */
    public Shape normalised(UnaryOperator<String> normaliser) {
      return new Shape(minFields, maxFields, keyFields, requireNonNull(normaliser, "normaliser"));
    }

    /** The same shape with keys compared in lower case (English lemmas and phrases). */
    public Shape lowerCase() {
      return normalised(s -> s.toLowerCase(Locale.ROOT));
    }

    /** The same shape with keys compared folded: {@link TextForms#fold(CharSequence)} (Arabic word lists). */
    public Shape folded() {
      return normalised(s -> TextForms.fold(s).strip());
    }

    /** The key of a row, normalised. */
    String key(Row r) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < keyFields; i++) {
        if (i > 0) {
          b.append('\t');
        }
        b.append(normaliser.apply(r.get(i)));
      }
      return b.toString();
    }

    /** Normalises one key field. */
    public String normalise(String field) {
      return normaliser.apply(requireNonNull(field, "field"));
    }
  }

  /**
   * Reads the word list {@code resource}, relative to {@code anchor}'s package, in the given shape.
   *
   * @throws VocabularyException if the file is missing, unreadable or breaks the rules in the class comment
   */
  public static List<Row> read(Class<?> anchor, String resource, Shape shape) {
    requireNonNull(anchor, "anchor");
    requireNonNull(resource, "resource");
    requireNonNull(shape, "shape");
    String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new VocabularyException(name, "is missing from the class path", null);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))), name, shape);
    } catch (CharacterCodingException e) {
      throw new VocabularyException(name, "is not valid UTF-8", e);
    } catch (IOException e) {
      throw new VocabularyException(name, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Parses word-list text; {@code name} is used in messages. Visible for tests of the format. */
  public static List<Row> parse(BufferedReader reader, String name, Shape shape) throws IOException {
    requireNonNull(reader, "reader");
    requireNonNull(name, "name");
    requireNonNull(shape, "shape");
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean source = false;
    boolean licence = false;
    boolean header = true;
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (n == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("#")) {
        if (header) {
          String c = t.toLowerCase(Locale.ROOT);
          source |= c.contains("source:");
          licence |= c.contains("licen") || t.contains("GPL") || t.contains("MIT") || t.contains("CC BY");
        }
        continue;
      }
      if (header) {
        header = false;
        if (!source || !licence) {
          throw new VocabularyException(name, n, "the header comment must name the Source: and the licence of "
              + "the list before its first entry");
        }
      }
      List<String> fields = new ArrayList<>();
      for (String f : line.split("\t", -1)) {
        fields.add(f.strip());
      }
      while (fields.size() > shape.minFields && fields.get(fields.size() - 1).isEmpty()) {
        fields.remove(fields.size() - 1);
      }
      Row row = new Row(name, n, fields);
      if (fields.size() < shape.minFields || fields.size() > shape.maxFields) {
        throw row.fail("expected " + (shape.minFields == shape.maxFields ? String.valueOf(shape.minFields)
            : shape.minFields + " to " + shape.maxFields) + " tab-separated fields, found " + fields.size());
      }
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).isEmpty()) {
          throw row.fail("field " + (i + 1) + " is empty");
        }
      }
      String key = shape.key(row);
      if (key.isBlank()) {
        throw row.fail("the key normalises to nothing");
      }
      Integer before = seen.putIfAbsent(key, n);
      if (before != null) {
        throw row.fail("duplicate entry '" + key.replace('\t', ' ') + "' (first on line " + before + ")");
      }
      rows.add(row);
    }
    if (header && rows.isEmpty() && !(source && licence)) {
      throw new VocabularyException(name, Math.max(1, n), "the header comment must name the Source: and the "
          + "licence of the list");
    }
    return ImmutableList.copyOf(rows);
  }

  /** A list of single words or phrases, one a line, compared in lower case. */
  public static ImmutableSet<String> words(Class<?> anchor, String resource) {
    return words(anchor, resource, Shape.of(1).lowerCase());
  }

  /** A list of single words or phrases in the given one-field shape; the set holds the normalised entries. */
  public static ImmutableSet<String> words(Class<?> anchor, String resource, Shape shape) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (Row r : read(anchor, resource, shape)) {
      out.add(shape.normalise(r.get(0)));
    }
    return out.build();
  }

  /** Entries {@code word<TAB>CLASS}, keys in lower case: each word has one class of {@code type}. */
  public static <E extends Enum<E>> ImmutableMap<String, E> classified(Class<?> anchor, String resource,
      Class<E> type) {
    return classified(anchor, resource, type, Shape.of(2).lowerCase());
  }

  /** Entries {@code word<TAB>CLASS} in the given two-field shape; the map's keys are normalised. */
  public static <E extends Enum<E>> ImmutableMap<String, E> classified(Class<?> anchor, String resource,
      Class<E> type, Shape shape) {
    requireNonNull(type, "type");
    Map<String, E> out = new LinkedHashMap<>();
    for (Row r : read(anchor, resource, shape)) {
      out.put(shape.normalise(r.get(0)), r.get(1, type));
    }
    return ImmutableMap.copyOf(out);
  }
}
