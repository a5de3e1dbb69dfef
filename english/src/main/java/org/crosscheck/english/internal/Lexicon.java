package org.crosscheck.english.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ExtractionException;
import org.crosscheck.Stance;

/**
 * The English word lists ({@code org/crosscheck/english/lexicon/*}, UTF-8, written for this project), loaded once
 * on first use. Immutable after loading; thread-safe.
 */
final class Lexicon {

  final Set<String> speechVerbs;
  final Map<String, Stance> stanceVerbs;
  final Map<String, Stance> stanceNouns;
  final List<Phrase> phrases;
  final Map<String, String> modality;
  final List<String> conditionPhrases;
  final Map<String, String> background;

  record Phrase(String[] lemmas, Stance stance, String text) {}

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  static Lexicon get() {
    return Holder.INSTANCE;
  }

  private Lexicon() {
    speechVerbs = Set.copyOf(lines("speech-verbs.txt"));
    stanceVerbs = stances("stance-verbs.tsv");
    stanceNouns = stances("stance-nouns.tsv");
    List<Phrase> ph = new ArrayList<>();
    for (String l : lines("stance-phrases.tsv")) {
      String[] f = l.split("\t");
      ph.add(new Phrase(f[0].split(" "), Stance.valueOf(f[1]), f[0]));
    }
    phrases = List.copyOf(ph);
    Map<String, String> mod = new HashMap<>();
    List<String> cond = new ArrayList<>();
    for (String l : lines("modality.tsv")) {
      String[] f = l.split("\t");
      if (f[1].equals("CONDITION_PHRASE")) {
        cond.add(f[0]);
      } else {
        mod.put(f[0], f[1]);
      }
    }
    modality = Map.copyOf(mod);
    conditionPhrases = List.copyOf(cond);
    Map<String, String> bg = new HashMap<>();
    for (String l : lines("background.tsv")) {
      String[] f = l.split("\t");
      bg.put(f[0], f[1]);
    }
    background = Map.copyOf(bg);
  }

  boolean is(String word, String modalityClass) {
    return modalityClass.equals(modality.get(word.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Stance> stances(String file) {
    Map<String, Stance> m = new HashMap<>();
    for (String l : lines(file)) {
      String[] f = l.split("\t");
      m.put(f[0], Stance.valueOf(f[1]));
    }
    return Map.copyOf(m);
  }

  private static List<String> lines(String file) {
    String path = "/org/crosscheck/english/lexicon/" + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new ExtractionException("the English word list " + path + " is missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#") && seen.add(t)) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new ExtractionException("the English word list " + path + " could not be read", e);
    }
  }
}
