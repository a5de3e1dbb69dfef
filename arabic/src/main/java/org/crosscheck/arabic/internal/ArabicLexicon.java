package org.crosscheck.arabic.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ExtractionException;
import org.crosscheck.Stance;
import org.crosscheck.spi.TextForms;

/**
 * The Arabic word lists ({@code org/crosscheck/arabic/lexicon/*}, UTF-8, folded forms, written for this project),
 * loaded once on first use, and the light stemming that matches inflected words against them. Thread-safe.
 */
final class ArabicLexicon {

  final Map<String, String> speech;
  final Map<String, Stance> cues;
  final Map<String, String> markers;
  final List<String> conditionPhrases;
  final Map<String, String> background;

  private static final class Holder {
    static final ArabicLexicon INSTANCE = new ArabicLexicon();
  }

  static ArabicLexicon get() {
    return Holder.INSTANCE;
  }

  private ArabicLexicon() {
    speech = pairs("speech.tsv");
    Map<String, Stance> c = new HashMap<>();
    pairs("cues.tsv").forEach((k, v) -> c.put(k, Stance.valueOf(v)));
    cues = Map.copyOf(c);
    Map<String, String> m = new HashMap<>();
    List<String> cond = new ArrayList<>();
    pairs("modality.tsv").forEach((k, v) -> {
      if (v.equals("CONDITION_PHRASE")) {
        cond.add(k);
      } else {
        m.put(k, v);
      }
    });
    markers = Map.copyOf(m);
    conditionPhrases = List.copyOf(cond);
    background = pairs("background.tsv");
  }

  private static final String[] PREFIXES = {"ي", "ت", "ن", "ا", "م"};
  private static final String[] SUFFIXES = {"هما", "ها", "هم", "كم", "نا", "ه", "ت", "ات", "ون", "ين", "ان", "وا",
      "ي", "تم", "ا"};

  /** The cue a folded token stands for, trying the article, verb prefixes and suffixes off. */
  Optional<Map.Entry<String, Stance>> cue(String folded) {
    for (String f : TextForms.forms(folded, true)) {
      Stance s = cues.get(f);
      if (s != null) {
        return Optional.of(Map.entry(f, s));
      }
      for (String p : PREFIXES) {
        if (f.startsWith(p) && f.length() - p.length() >= 3) {
          String r = f.substring(p.length());
          if (cues.containsKey(r)) {
            return Optional.of(Map.entry(r, cues.get(r)));
          }
          for (String x : SUFFIXES) {
            if (r.endsWith(x) && r.length() - x.length() >= 3 && cues.containsKey(r.substring(0, r.length()
                - x.length()))) {
              String stem = r.substring(0, r.length() - x.length());
              return Optional.of(Map.entry(stem, cues.get(stem)));
            }
          }
        }
      }
      for (String x : SUFFIXES) {
        if (f.endsWith(x) && f.length() - x.length() >= 3) {
          String stem = f.substring(0, f.length() - x.length());
          if (cues.containsKey(stem)) {
            return Optional.of(Map.entry(stem, cues.get(stem)));
          }
        }
      }
    }
    return Optional.empty();
  }

  String marker(String folded) {
    return markers.get(folded);
  }

  private static Map<String, String> pairs(String file) {
    String path = "/org/crosscheck/arabic/lexicon/" + file;
    try (InputStream in = ArabicLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new ExtractionException("the Arabic word list " + path + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new HashMap<>();
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = t.split("\t");
        if (f.length == 2) {
          out.putIfAbsent(TextForms.fold(f[0].strip()), f[1].strip());
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new ExtractionException("the Arabic word list " + path + " could not be read", e);
    }
  }
}
