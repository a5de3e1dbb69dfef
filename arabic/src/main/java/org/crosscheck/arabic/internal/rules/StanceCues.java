package org.crosscheck.arabic.internal.rules;

import java.util.Optional;
import org.crosscheck.Stance;
import org.crosscheck.spi.TextForms;

/**
 * The stance a word cues, matched on stems ({@code cues.tsv}): the folded word, then without proclitics and the
 * article (وبدعم، للدعم), each of those with a verb prefix off (تدعم، يساند), then with a suffix off too (تدعمها),
 * then with only a suffix off (دعمها، دعمت); the affixes and the order they are tried in come from
 * {@code affixes.tsv}, and a stem keeps at least three letters. Stateless.
 */
final class StanceCues {

  private StanceCues() {}

  /** The shortest stem a cue is matched on. */
  static final int MIN_STEM = 3;

  /** The stance the folded word cues, if any. */
  static Optional<Stance> of(ArabicLexicon lex, String folded) {
    for (String f : TextForms.forms(folded, true)) {
      Stance s = lex.cues.get(f);
      if (s != null) {
        return Optional.of(s);
      }
      for (String p : lex.prefixes) {
        if (f.startsWith(p) && f.length() - p.length() >= MIN_STEM) {
          String rest = f.substring(p.length());
          s = lex.cues.get(rest);
          if (s == null) {
            s = withoutSuffix(lex, rest);
          }
          if (s != null) {
            return Optional.of(s);
          }
        }
      }
      s = withoutSuffix(lex, f);
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The stance of the word with its first matching suffix off, or null. */
  private static Stance withoutSuffix(ArabicLexicon lex, String f) {
    for (String x : lex.suffixes) {
      if (f.endsWith(x) && f.length() - x.length() >= MIN_STEM) {
        Stance s = lex.cues.get(f.substring(0, f.length() - x.length()));
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }
}
