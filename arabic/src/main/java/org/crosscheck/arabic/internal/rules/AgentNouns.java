package org.crosscheck.arabic.internal.rules;

import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.spi.Sector;
import org.crosscheck.spi.TextForms;
import org.crosscheck.spi.Vocabulary;

/**
 * Common nouns that name actors ("مسلحون", "المتظاهرين", "قوات الأمن", "الشرطة") with the CAMEO sector they name:
 * PETRARCH's Arabic agent dictionary ({@code agent-nouns.tsv}, generated) without the entries the review set aside
 * ({@code agent-exclusions.tsv}), and the project's own ({@code agent-nouns-extra.tsv}, which win). Each word of a
 * phrase is kept without its article; a phrase is found by its first word. Immutable and thread-safe.
 */
final class AgentNouns {

  /** Why a generated agent noun names no actor on its own ({@code agent-exclusions.tsv}). */
  enum Exclusion { OBJECT, SENSE, PERSON_TITLE, DESCRIPTIVE, EVENT, MEDIA, BYSTANDER }

  /**
   * An agent noun.
   *
   * @param name the phrase as its list writes it, the name of the actors made from it
   * @param words its words, folded and without the article
   * @param sector the sector it names
   */
  record Entry(String name, List<String> words, Sector sector) {}

  /** The shortest singular a plural entry is reduced to. */
  private static final int MIN_SINGULAR = 3;

  private final ImmutableListMultimap<String, Entry> byFirstWord;

  private AgentNouns(ImmutableListMultimap<String, Entry> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  static AgentNouns load() {
    Class<?> a = AgentNouns.class;
    Vocabulary.Shape pairs = Vocabulary.Shape.of(2).folded();
    Map<String, Exclusion> excluded = Vocabulary.classified(a, "agent-exclusions.tsv", Exclusion.class, pairs);
    Map<String, Entry> all = new LinkedHashMap<>();
    for (Vocabulary.Row r : Vocabulary.read(a, "agent-nouns-extra.tsv", pairs)) {
      all.put(pairs.normalise(r.get(0)), entry(r));
    }
    java.util.Set<String> generated = new java.util.HashSet<>();
    for (Vocabulary.Row r : Vocabulary.read(a, "agent-nouns.tsv", pairs)) {
      String phrase = pairs.normalise(r.get(0));
      generated.add(phrase);
      if (!excluded.containsKey(phrase)) {
        all.putIfAbsent(phrase, entry(r));
      }
    }
    for (String x : excluded.keySet()) {
      if (!generated.contains(x)) {
        throw new org.crosscheck.VocabularyException("agent-exclusions.tsv", "excludes '" + x
            + "', which agent-nouns.tsv does not list", null);
      }
    }
    ImmutableListMultimap.Builder<String, Entry> out = ImmutableListMultimap.builder();
    for (Entry e : all.values()) {
      out.put(e.words().get(0), e);
    }
    return new AgentNouns(out.build());
  }

  private static Entry entry(Vocabulary.Row r) {
    Sector sector = r.get(1, Sector.class);
    List<String> words = new ArrayList<>();
    for (String w : TextForms.fold(r.get(0)).strip().split("\\s+")) {
      String k = TextForms.key(w);
      // A sound plural stands for its singular: the stemmer reads "مسلحين" as "مسلح" too.
      if (k.length() >= MIN_SINGULAR + 2 && (k.endsWith("ون") || k.endsWith("ين"))) {
        k = k.substring(0, k.length() - 2);
      }
      words.add(k);
    }
    return new Entry(r.get(0).strip(), List.copyOf(words), sector);
  }

  /** The agent nouns whose first word, without its article, is {@code key}. */
  List<Entry> startingWith(String key) {
    return byFirstWord.get(key);
  }
}
