package org.crosscheck.arabic.internal.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.spi.TextForms;

/**
 * The stems a segmented Arabic token can have, so that dictionary lemmas ("هاجم", "اعتقل") meet the forms news
 * writes ("وسيهاجمون", "الاعتقالات"). CoreNLP's segmenter splits most clitics off already; what it leaves is undone
 * here, one rule per kind of affix, each from the affix classes of {@code affixes.tsv}:
 * <ol>
 *   <li>{@linkplain Affix#CONJUNCTION conjunctions} (و، ف) before anything;</li>
 *   <li>{@linkplain Affix#PREPOSITION prepositions} (ب، ك، ل) before a noun, and the article after them (ال; لل is
 *       ل + ال);</li>
 *   <li>the {@linkplain Affix#FUTURE future} (س) and {@linkplain Affix#IMPERFECT imperfect person prefixes} (ي، ت،
 *       ن، ا) before a verb;</li>
 *   <li>{@linkplain Affix#DERIVATION the derivation prefix} م of a masdar in ـة (مهاجمة → هاجم);</li>
 *   <li>{@linkplain Affix#PRONOUN_SUFFIX object and possessive pronouns} (ه، ها، هم …), then</li>
 *   <li>{@linkplain Affix#VERB_SUFFIX verb endings} (ون، وا، ت، تم …) or {@linkplain Affix#NOUN_SUFFIX noun
 *       endings} (ة، ات، ون، ين، ان، tanwin alef …).</li>
 * </ol>
 * Every stem keeps at least {@link #MIN_STEM} letters and says where in the token it lies ({@link Stem#begin()},
 * {@link Stem#end()}: offsets in the token as written, diacritics and tatweel included), and whether it can be a
 * verb's or a noun's ({@link Stem#verbal()}, {@link Stem#nominal()}): an article or a noun ending makes a noun, an
 * imperfect prefix or a verb ending a verb. Immutable and thread-safe.
 */
public final class ArabicStemmer {

  /** What an affix is ({@code affixes.tsv}). */
  public enum Affix {
    CONJUNCTION, PREPOSITION, ARTICLE, FUTURE, IMPERFECT, DERIVATION, PRONOUN_SUFFIX, VERB_SUFFIX, NOUN_SUFFIX
  }

  /** The fewest letters a stem keeps: doubled roots are two ("شن" in "يشنون"). */
  public static final int MIN_STEM = 2;

  /**
   * One reading of a token: the stem, folded, and where it lies in the token.
   *
   * @param form the stem, folded: the letters at {@code [begin, end)}, except that a feminine plural's stem gets
   *     back the teh marbuta of its singular (مظاهرات → مظاهره over the letters of مظاهر)
   * @param begin its first character in the token as written
   * @param end the character after its last in the token as written
   * @param verbal whether a verb can have this stem (no article, preposition or noun ending was removed)
   * @param nominal whether a noun can have this stem (no future, imperfect prefix or verb ending was removed)
   */
  public record Stem(String form, int begin, int end, boolean verbal, boolean nominal) {
    public Stem {
      requireNonNull(form, "form");
      checkArgument(0 <= begin && begin <= end, "need 0 <= begin <= end, got %s and %s", begin, end);
      checkArgument(verbal || nominal, "a stem is a verb's, a noun's or both");
    }
  }

  private static final char LAM = '\u0644';
  /** Teh marbuta as folding writes it (heh). */
  private static final char TEH_MARBUTA = '\u0647';
  private static final String ALEF_MAQSURA = "\u0649";
  /** The ending of the feminine sound plural. */
  private static final String FEMININE_PLURAL = "\u0627\u062A";

  private final Map<Affix, List<String>> affixes;

  /** A stemmer with these affixes per class, each list tried in its order. */
  public ArabicStemmer(Map<Affix, List<String>> affixes) {
    Map<Affix, List<String>> copy = new LinkedHashMap<>();
    for (Affix a : Affix.values()) {
      copy.put(a, List.copyOf(affixes.getOrDefault(a, List.of())));
    }
    this.affixes = copy;
  }

  /**
   * The token folded, with the offset in the token of each folded character, and whether it ends in alef maqsura,
   * which folding writes as yeh.
   */
  private record Folded(String text, int[] at, int length, boolean maqsura) {
    static Folded of(String word) {
      StringBuilder b = new StringBuilder(word.length());
      int[] at = new int[word.length() + 1];
      for (int i = 0; i < word.length(); i++) {
        String f = TextForms.fold(String.valueOf(word.charAt(i)));
        if (!f.isEmpty()) {
          at[b.length()] = i;
          b.append(f.charAt(0));
        }
      }
      return new Folded(b.toString(), at, word.length(), word.endsWith(ALEF_MAQSURA));
    }

    /** The offset in the token of folded position {@code i} ({@code i == length}: after the last character). */
    int offset(int i) {
      return i >= text.length() ? length : at[i];
    }
  }

  /** The readings of {@code word}, the word itself first; no two alike. */
  public List<Stem> stems(String word) {
    requireNonNull(word, "word");
    Folded f = Folded.of(word);
    String w = f.text();
    List<Stem> out = new ArrayList<>();
    add(out, f, 0, w.length(), true, true);
    List<Integer> conjunctions = new ArrayList<>(List.of(0));
    conjunctions.addAll(starts(w, 0, Affix.CONJUNCTION));
    for (int c : conjunctions) {
      nominal(out, f, c);
      verbal(out, f, c);
    }
    return out;
  }

  /** Noun readings after {@code c}: a preposition, the article (لل is ل + ال), then endings; a masdar in مـ…ـة. */
  private void nominal(List<Stem> out, Folded f, int c) {
    String w = f.text();
    List<Integer> prepositions = new ArrayList<>(List.of(c));
    prepositions.addAll(starts(w, c, Affix.PREPOSITION));
    for (int p : prepositions) {
      endings(out, f, p, p == c, true);
      List<Integer> heads = new ArrayList<>(starts(w, p, Affix.ARTICLE));
      if (p > c && w.charAt(p - 1) == LAM && w.charAt(p) == LAM && w.length() - p - 1 >= MIN_STEM) {
        heads.add(p + 1);
      }
      heads.add(0, p);
      for (int h : heads) {
        if (h != p) {
          endings(out, f, h, false, true);
        }
        for (int d : starts(w, h, Affix.DERIVATION)) {
          if (w.charAt(w.length() - 1) == TEH_MARBUTA && w.length() - 1 - d >= MIN_STEM + 1) {
            add(out, f, d, w.length() - 1, false, true);
          }
        }
      }
    }
  }

  /** Verb readings after {@code c}: the future and a person prefix, then endings. */
  private void verbal(List<Stem> out, Folded f, int c) {
    String w = f.text();
    List<Integer> futures = new ArrayList<>(List.of(c));
    futures.addAll(starts(w, c, Affix.FUTURE));
    for (int s : futures) {
      for (int p : starts(w, s, Affix.IMPERFECT)) {
        endings(out, f, p, true, false);
      }
    }
  }

  /** {@code [from, end)} and what is left when a pronoun, then a verb or noun ending, comes off its end. */
  private void endings(List<Stem> out, Folded f, int from, boolean verb, boolean noun) {
    String w = f.text();
    List<Integer> ends = new ArrayList<>(List.of(w.length()));
    ends.addAll(ends(w, from, w.length(), Affix.PRONOUN_SUFFIX));
    for (int e : ends) {
      add(out, f, from, e, verb, noun);
      if (verb) {
        for (int x : ends(w, from, e, Affix.VERB_SUFFIX)) {
          add(out, f, from, x, true, false);
        }
      }
      if (noun) {
        for (int x : ends(w, from, e, Affix.NOUN_SUFFIX)) {
          if (f.maqsura() && e == w.length() && x == e - 1) {
            // "قتلى", "جرحى", "كبرى": an alef maqsura ends the word's own pattern; the yeh of "مسلحي" is an ending.
            continue;
          }
          add(out, f, from, x, false, true);
          if (w.startsWith(FEMININE_PLURAL, x) && x + FEMININE_PLURAL.length() == e) {
            // A feminine plural stands for its singular in ـة (مظاهرات → مظاهرة).
            add(out, new Stem(w.substring(from, x) + TEH_MARBUTA, f.offset(from), f.offset(x), false, true));
          }
        }
      }
    }
  }

  /** Where the rest starts after each affix of class {@code a} at {@code from}, leaving at least a stem. */
  private List<Integer> starts(String w, int from, Affix a) {
    List<Integer> out = new ArrayList<>();
    for (String p : affixes.get(a)) {
      if (w.startsWith(p, from) && w.length() - from - p.length() >= MIN_STEM) {
        out.add(from + p.length());
      }
    }
    return out;
  }

  /** Where the stem ends before each affix of class {@code a} ending at {@code to}, leaving at least a stem. */
  private List<Integer> ends(String w, int from, int to, Affix a) {
    List<Integer> out = new ArrayList<>();
    for (String x : affixes.get(a)) {
      if (to - from - x.length() >= MIN_STEM && w.startsWith(x, to - x.length())) {
        out.add(to - x.length());
      }
    }
    return out;
  }

  private static void add(List<Stem> out, Folded f, int from, int to, boolean verbal, boolean nominal) {
    add(out, new Stem(f.text().substring(from, to), f.offset(from), f.offset(to), verbal, nominal));
  }

  private static void add(List<Stem> out, Stem s) {
    if (!out.contains(s)) {
      out.add(s);
    }
  }
}
