package org.crosscheck.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The phrases a CAMEO/TABARI verb pattern stands for after its verb, for a language module's lexicon generator:
 * "* (OF {ETHNIC CLEANSING})" → "of ethnic cleansing", with synonym sets ({@code &NAME}) expanded. The language says
 * how one literal token reads (English lower case, Arabic folded words) or that it cannot be read. Stateless.
 */
public final class CameoPatterns {

  /** More expansions than this and the pattern is too loose to be a cue: none. */
  public static final int MAX_EXPANSIONS = 64;

  private CameoPatterns() {}

  /**
   * The word sequences the pattern stands for, or none when it places the source or target ({@code $}, {@code +}),
   * skips words ({@code ^}, {@code %}), has words before the verb, names an unknown or empty set, has a token the
   * language cannot read, or expands to more than {@link #MAX_EXPANSIONS} sequences.
   *
   * @param pattern the pattern as the dictionary writes it
   * @param sets the synonym sets by name, their members already read the language's way
   * @param word how the language reads one literal token, empty when it cannot
   */
  public static List<String> expand(String pattern, Map<String, List<String>> sets,
      Function<String, Optional<String>> word) {
    String p = pattern.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").strip();
    if (!p.startsWith("*") || p.contains("$") || p.contains("+") || p.contains("^") || p.contains("%")) {
      return List.of();
    }
    List<List<String>> slots = new ArrayList<>();
    for (String t : p.substring(1).strip().split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("&")) {
        List<String> members = sets.get(t.substring(1).replaceAll("_$", ""));
        if (members == null || members.isEmpty()) {
          return List.of();
        }
        slots.add(members);
      } else {
        Optional<String> w = word.apply(t);
        if (w.isEmpty()) {
          return List.of();
        }
        slots.add(List.of(w.get()));
      }
    }
    if (slots.isEmpty()) {
      return List.of();
    }
    List<String> out = List.of("");
    for (List<String> slot : slots) {
      List<String> next = new ArrayList<>();
      for (String prefix : out) {
        for (String m : slot) {
          next.add(prefix.isEmpty() ? m : prefix + " " + m);
        }
      }
      out = next;
      if (out.size() > MAX_EXPANSIONS) {
        return List.of();
      }
    }
    return out;
  }
}
