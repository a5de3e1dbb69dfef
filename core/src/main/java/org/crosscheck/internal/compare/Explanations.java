package org.crosscheck.internal.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.ActorRef;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.ConflictReason;
import org.crosscheck.Modality;
import org.crosscheck.Stance;

/** Writes a conflict in plain English: both claims with outlet, date, language and voice, then the reasons. */
final class Explanations {

  private Explanations() {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

  static String explain(ConflictKind kind, ActorRef holder, ActorRef target, Claim a, Optional<LocalDate> da,
      boolean inferredA, Claim b, Optional<LocalDate> db, boolean inferredB, Long gap, List<ConflictReason> reasons,
      int corroborations) {
    StringBuilder s = new StringBuilder();
    String h = definite(holder);
    String t = definite(target);
    switch (kind) {
      case CONTRADICTION -> s.append(Character.toUpperCase(h.charAt(0))).append(h.substring(1))
          .append(" is reported both ").append(verb(a.stance())).append(" and ")
          .append(verb(b.stance())).append(' ').append(t).append(" at about the same time.");
      case REVERSAL -> s.append(Character.toUpperCase(h.charAt(0))).append(h.substring(1)).append(" is reported ").append(verb(a.stance())).append(' ').append(t)
          .append(", then, ").append(gap).append(" days later, ").append(verb(b.stance())).append(" it.");
      case HEDGE_MISMATCH -> s.append(Character.toUpperCase(h.charAt(0))).append(h.substring(1)).append("'s stance toward ")
          .append(t).append(" is reported firmly in one")
          .append(" source and only ").append(qualifiedWord(a, b)).append(" in another.");
      case AGREEMENT -> s.append(Character.toUpperCase(h.charAt(0))).append(h.substring(1)).append(" is reported ").append(verb(a.stance())).append(' ').append(t)
          .append(" by independent sources.");
    }
    s.append(' ').append(side(a, da, inferredA)).append(' ').append(side(b, db, inferredB));
    List<String> why = new ArrayList<>();
    for (ConflictReason r : reasons) {
      switch (r) {
        case OPPOSITE_STANCE -> why.add("opposite stances (" + quote(a.cue()) + " against " + quote(b.cue()) + ")");
        case NEGATION -> why.add("a negation turns " + (a.negated() ? quote(a.cue()) : quote(b.cue()))
            + " into opposition");
        case HEDGE -> why.add("one claim is hedged");
        case CONDITION -> why.add("one claim holds only under a condition");
        case TIME_GAP -> why.add(gap + " days apart");
        case CROSS_LANGUAGE -> why.add("reported in different languages (" + a.language().displayName() + ", "
            + b.language().displayName() + ")");
        case ANONYMOUS_VOICE -> why.add("one voice is an unnamed source");
        case SAME_ARTICLE -> why.add("two voices in the same article");
        case UNDATED -> why.add("the order in time is unknown (a claim has no full date)");
      }
    }
    if (!why.isEmpty()) {
      s.append(" Why: ").append(String.join("; ", why)).append('.');
    }
    if (corroborations > 0) {
      s.append(" Corroborated by ").append(corroborations).append(corroborations == 1 ? " repeat" : " repeats")
          .append(" of the same report.");
    }
    return s.toString();
  }

  /**
   * The other kinds the same two reports show, as a sentence ("The same two reports also show a reversal and a
   * hedge mismatch."), or nothing.
   */
  static String alsoKinds(List<ConflictKind> others) {
    if (others.isEmpty()) {
      return "";
    }
    List<String> names = others.stream().map(k -> "a " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .toList();
    String list = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return " The same two reports also show " + list + ".";
  }

  /** "the Assad government" but "Russia": governments and groups read with the article. */
  static String definite(ActorRef r) {
    String n = r.name();
    boolean institution = r.kind() == org.crosscheck.ActorKind.GOVERNMENT || r.kind() == org.crosscheck.ActorKind.GROUP;
    return institution && !n.toLowerCase(Locale.ROOT).startsWith("the ") ? "the " + n : n;
  }

  private static String qualifiedWord(Claim a, Claim b) {
    Modality m = a.modality().isQualified() ? a.modality() : b.modality();
    return m == Modality.CONDITIONAL ? "conditionally" : "with a hedge";
  }

  private static String verb(Stance s) {
    return switch (s) {
      case SUPPORT -> "supporting";
      case OPPOSE -> "opposing";
      case NEUTRAL -> "neutral toward";
    };
  }

  private static String side(Claim c, Optional<LocalDate> date, boolean inferred) {
    StringBuilder s = new StringBuilder();
    s.append(c.stanceText());
    if (c.modality() != Modality.ASSERTED) {
      s.append(", ").append(c.modality().name().toLowerCase(Locale.ROOT));
    }
    s.append(": ");
    ActorRef voice = c.voice();
    s.append(voice.name());
    if (!voice.mention().isEmpty() && !voice.mention().equalsIgnoreCase(voice.name())) {
      s.append(" (\"").append(voice.mention()).append("\")");
    }
    List<String> agencies = c.attribution().agencies();
    if (!agencies.isEmpty()) {
      s.append(" via ").append(String.join(" and ", agencies));
    }
    s.append(", in ").append(article(c.language().displayName())).append(' ').append(c.language().displayName())
        .append(" article");
    s.append(c.outlet().map(o -> " by " + o).orElse(" (outlet not shown)"));
    s.append(" [").append(c.article()).append("], ");
    if (date.isPresent()) {
      s.append(inferred ? date.get().format(DAY_MONTH) + " (year inferred: " + date.get().getYear() + ")"
          : date.get().format(DAY) + (c.dateSource() == org.crosscheck.DateSource.PUBLICATION ? " (published)" : ""));
    } else {
      s.append(c.dateText().map(t -> "\"" + t + "\" (no year)").orElse("undated"));
    }
    s.append(": ").append(quote(excerpt(c.evidence().text()))).append('.');
    return s.toString();
  }

  private static String article(String word) {
    return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
  }

  private static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    // Never cut between the two halves of a surrogate pair (an emoji): a lone half cannot be encoded.
    return t.length() <= 240 ? t : t.substring(0, Character.isHighSurrogate(t.charAt(236)) ? 236 : 237) + "…";
  }

  private static String quote(String s) {
    return "\u201C" + s + "\u201D";
  }
}
