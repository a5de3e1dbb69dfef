package org.crosscheck.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the classed word lists of a language profile, {@code entry<TAB>CLASS[<TAB>value…]}, with
 * {@link Vocabulary}'s strictness: the class must be a constant of the list's enum, and an entry may appear once
 * per class once it is normalised the way it will be compared (folded, lower case, or as written), so that two
 * spellings that meet after folding are reported as the duplicate they are.
 */
final class WordTable {

  private WordTable() {}

  /** One row: the entry normalised for its class, the class, and the row for the remaining fields and errors. */
  record Entry<C extends Enum<C>>(String word, C type, Vocabulary.Row row) {}

  static <C extends Enum<C>> List<Entry<C>> read(Class<?> anchor, String resource, Class<C> type, int maxFields,
      Function<C, UnaryOperator<String>> normaliser) {
    List<Entry<C>> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Vocabulary.Row r : Vocabulary.read(anchor, resource, Vocabulary.Shape.between(2, maxFields).keyFields(2))) {
      C c = r.get(1, type);
      String word = normaliser.apply(c).apply(r.get(0));
      if (word.isBlank()) {
        throw r.fail("the entry normalises to nothing");
      }
      Integer before = seen.putIfAbsent(c.name() + '\t' + word, r.line());
      if (before != null) {
        throw r.fail("duplicate entry '" + word + "' " + c.name() + " (first on line " + before + ")");
      }
      out.add(new Entry<>(word, c, r));
    }
    return out;
  }

  /** Fails a row of {@code entry} unless it has exactly {@code fields} fields. */
  static void expectFields(Entry<?> entry, int fields) {
    if (entry.row().fields().size() != fields) {
      throw entry.row().fail(entry.type().name() + " rows have " + fields + " tab-separated fields, found "
          + entry.row().fields().size());
    }
  }
}
