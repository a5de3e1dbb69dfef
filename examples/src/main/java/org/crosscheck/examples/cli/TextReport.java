package org.crosscheck.examples.cli;

import java.util.List;
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
    s.append(" → ").append(c.target().map(TextReport::ref).orElse("(no target)")).append(": ").append(c.stanceText());
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

  /**
   * The report: one block per disputed (holder, target), strongest first, with its sides, its conflicts and its
   * timeline; then the agreements and the other timelines.
   */
  static String report(StanceReport r) {
    StringBuilder s = new StringBuilder();
    List<Disputes.Dispute> disputes = Disputes.of(r);
    s.append(r.conflicts().size()).append(" conflicts in ").append(disputes.size())
        .append(disputes.size() == 1 ? " dispute, " : " disputes, ").append(r.agreements().size())
        .append(" agreements, ").append(r.claims().size()).append(" claims\n\n");
    for (Disputes.Dispute d : disputes) {
      s.append("== ").append(d.holder().name()).append(" → ").append(d.target().name()).append(": ")
          .append(d.conflicts().size()).append(d.conflicts().size() == 1 ? " conflict" : " conflicts").append('\n');
      for (Disputes.Side side : d.sides()) {
        s.append("   ").append(side.stance()).append(": ").append(side.describe()).append('\n');
      }
      s.append('\n');
      for (StanceConflict c : d.conflicts()) {
        s.append(indent(conflict(c))).append("\n\n");
      }
      d.timeline().ifPresent(t -> s.append("   timeline: ").append(entries(t)).append("\n\n"));
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
    List<Timeline> quiet = Disputes.quiet(r);
    if (!quiet.isEmpty()) {
      s.append(disputes.isEmpty() ? "Timelines\n" : "Other timelines\n");
      for (Timeline t : quiet) {
        s.append("  ").append(t.holder().name()).append(" → ").append(t.target().name()).append(": ")
            .append(entries(t)).append('\n');
      }
    }
    return s.toString();
  }

  private static String entries(Timeline t) {
    StringBuilder e = new StringBuilder();
    for (Timeline.Entry x : t.entries()) {
      if (e.length() > 0) {
        e.append(", ");
      }
      e.append(x.date().map(Object::toString).orElse("undated")).append(' ').append(x.stance())
          .append(" (").append(x.language().code()).append(x.outlet().map(o -> ", " + o).orElse("")).append(')');
    }
    return e.toString();
  }

  private static String indent(String block) {
    return "   " + block.replace("\n", "\n   ");
  }

  static String conflict(StanceConflict c) {
    StringBuilder s = new StringBuilder();
    s.append(c.id()).append("  ").append(c.kind()).append("  ").append(c.holder().name()).append(" → ")
        .append(c.target().name()).append("  score ").append(String.format(Locale.ROOT, "%.2f", c.score()));
    if (c.kinds().size() > 1) {
      s.append("  (also ").append(String.join(", ", c.kinds().subList(1, c.kinds().size()).stream()
          .map(Enum::name).toList())).append(')');
    }
    s.append("\n    ").append(c.explanation());
    s.append("\n    claims: ").append(String.join(", ", c.claims().stream().map(Claim::id).toList()));
    if (!c.corroborations().isEmpty()) {
      s.append("; corroborations: ").append(String.join(", ", c.corroborations().stream().map(Claim::id).toList()));
    }
    return s.toString();
  }
}
