package org.crosscheck.examples.cli;

import java.util.Locale;
import org.crosscheck.ActorRef;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;

/** Plain-text rendering of claims and reports, as a journalist would list them. */
final class TextReport {

  private TextReport() {}

  static String claim(Claim c) {
    StringBuilder s = new StringBuilder();
    s.append(c.id()).append("  ").append(c.actor().name());
    if (!c.actor().mention().equalsIgnoreCase(c.actor().name())) {
      s.append(" (\"").append(c.actor().mention()).append("\")");
    }
    s.append(" → ").append(c.target().map(TextReport::ref).orElse("(no target)")).append(": ").append(c.stance());
    if (c.negated()) {
      s.append(" (negated)");
    }
    s.append(", ").append(c.modality().name().toLowerCase(Locale.ROOT));
    s.append(", cue \"").append(c.cue()).append('"');
    s.append("\n      on the word of: ");
    StringBuilder chain = new StringBuilder();
    for (Attribution.Voice v : c.attribution().chain()) {
      if (chain.length() > 0) {
        chain.append(" → ");
      }
      chain.append(v.name()).append(" (").append(v.role().name().toLowerCase(Locale.ROOT)).append(')');
    }
    s.append(chain.length() == 0 ? "(the article)" : chain);
    if (c.attribution().anonymous()) {
      s.append(" [anonymous]");
    }
    s.append(c.attribution().direct() ? " [direct quote]" : "");
    s.append("\n      date: ").append(c.date().map(Object::toString).orElse("unknown")).append(" (")
        .append(c.dateSource().name().toLowerCase(Locale.ROOT)).append(c.dateText().map(t -> ": \"" + t + "\"")
            .orElse("")).append("), confidence ").append(String.format(Locale.ROOT, "%.2f", c.confidence()));
    s.append("\n      \"").append(c.evidence().text()).append('"');
    return s.toString();
  }

  private static String ref(ActorRef r) {
    return r.name() + (r.mention().equalsIgnoreCase(r.name()) ? "" : " (\"" + r.mention() + "\")");
  }

  static String report(StanceReport r) {
    StringBuilder s = new StringBuilder();
    s.append(r.conflicts().size()).append(" conflicts, ").append(r.agreements().size()).append(" agreements, ")
        .append(r.claims().size()).append(" claims\n\n");
    for (StanceConflict c : r.conflicts()) {
      s.append(conflict(c)).append("\n\n");
    }
    if (!r.agreements().isEmpty()) {
      s.append("Agreements\n");
      for (StanceConflict a : r.agreements()) {
        s.append("  ").append(a.id()).append("  ").append(a.holder().name()).append(" → ").append(a.target().name())
            .append(": ").append(a.claims().get(0).stance()).append(" (")
            .append(String.join(", ", a.claims().stream().map(Claim::id).toList())).append(")\n");
      }
      s.append('\n');
    }
    s.append("Timelines\n");
    for (Timeline t : r.timelines()) {
      s.append("  ").append(t.holder().name()).append(" → ").append(t.target().name()).append(": ");
      StringBuilder e = new StringBuilder();
      for (Timeline.Entry x : t.entries()) {
        if (e.length() > 0) {
          e.append(", ");
        }
        e.append(x.date().map(Object::toString).orElse("undated")).append(' ').append(x.stance())
            .append(" (").append(x.language().code()).append(x.outlet().map(o -> ", " + o).orElse("")).append(')');
      }
      s.append(e).append('\n');
    }
    return s.toString();
  }

  static String conflict(StanceConflict c) {
    StringBuilder s = new StringBuilder();
    s.append(c.id()).append("  ").append(c.kind()).append("  ").append(c.holder().name()).append(" → ")
        .append(c.target().name()).append("  score ").append(String.format(Locale.ROOT, "%.2f", c.score()));
    s.append("\n    ").append(c.explanation());
    s.append("\n    claims: ").append(String.join(", ", c.claims().stream().map(Claim::id).toList()));
    if (!c.corroborations().isEmpty()) {
      s.append("; corroborations: ").append(String.join(", ", c.corroborations().stream().map(Claim::id).toList()));
    }
    return s.toString();
  }
}
