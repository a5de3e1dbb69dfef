package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.spi.ActorSpan;

/**
 * The voices of a sentence: each speech verb ("said", "warned", "told") and each "according to X" opens a frame
 * with its speaker and the tokens it reports. A verb with no subject of its own hangs on its governor ("…, with
 * reports stating that …" takes the noun, "citing X" the main clause's subject). In "X quoted Y as saying", Y
 * speaks and X carries; a news outlet as the subject carries rather than speaks. Stateless.
 */
final class SpeechFrames {

  private SpeechFrames() {}

  /** A voice and the clause it reports, with the agencies that carry it. */
  static final class Frame {
    final IndexedWord verb;
    ActorSpan speaker;
    final List<ActorSpan> agencies = new ArrayList<>();
    final Set<Integer> content = new HashSet<>();
    boolean analyst;
    boolean unnamed;
    /** Whether the voice is a count or record ("according to UN figures"), which reports deeds without blame. */
    boolean record;
    IndexedWord addressee;

    Frame(IndexedWord verb) {
      this.verb = verb;
    }

    /** Whether some voice reports the frame's content. */
    boolean reported() {
      return speaker != null || unnamed || !agencies.isEmpty();
    }
  }

  /** The frames of a sentence, keyed by the verb's token (speech verbs) or a negative key ("according to"). */
  static Map<Integer, Frame> find(Graph g) {
    EnglishLexicon lex = g.lex;
    Map<Integer, Frame> frames = new LinkedHashMap<>();
    for (int i = 0; i < g.size(); i++) {
      IndexedWord w = g.node(i);
      EnglishLexicon.SpeechClass kind = lex.speechVerbs.get(g.lemma(i));
      if (w == null || !g.pos(w).startsWith("VB") || kind == null || g.phrasalNegator(w)
          // "…, a charge Uganda denies": a denial of the charge summed up before it reports nothing (DeniedCharges).
          || DeniedCharges.charge(g, w) != null) {
        continue;
      }
      Frame f = new Frame(w);
      List<IndexedWord> subj = g.children(w, "nsubj", "nsubj:xsubj");
      List<IndexedWord> agent = g.children(w, "obl:agent", "obl:by");
      IndexedWord who = !subj.isEmpty() ? subj.get(0) : !agent.isEmpty() ? agent.get(0) : null;
      String up = g.relToParent(w);
      if (who == null && (up.startsWith("advcl") || up.startsWith("acl"))) {
        IndexedWord p = g.parent(w);
        if (p != null && up.startsWith("acl")) {
          who = p;
        } else if (p != null) {
          List<IndexedWord> ps = g.children(p, "nsubj");
          who = ps.isEmpty() ? null : ps.get(0);
        }
      }
      if (who == null) {
        who = FrontedReports.speaker(g, w);
      }
      IndexedWord trailing = TrailingAttributions.speaker(g, w);
      Speakers.set(g, f, trailing != null ? trailing : who);
      for (IndexedWord c : g.children(w, "ccomp", "parataxis", "xcomp", "advcl:", "obj", "dep")) {
        // "accused Belarus after migrants stormed the fence": a clause that sets when it was said is not what was said.
        if (!setting(g, c)) {
          g.collect(c, f.content, 0);
        }
      }
      IndexedWord reported = trailing != null ? g.parent(w) : TrailingAttributions.reported(g, w);
      // "X accuses Y of Z, Y denies": the denial answers the charge; the accusation stands as told.
      if (reported != null && !Denials.answers(g, w, reported)) {
        // "X struck Y, the army said": the parser hung the attribution on the clause it reports.
        g.collect(reported, f.content, 0);
      }
      for (IndexedWord a : g.children(w, "obj", "iobj", "obl:to")) {
        if (g.mentionOf(a) != null) {
          f.addressee = a;
          break;
        }
      }
      if (kind == EnglishLexicon.SpeechClass.QUOTE) {
        List<IndexedWord> obj = g.children(w, "obj");
        if (!obj.isEmpty() && g.mentionOf(obj.get(0)) != null) {
          if (f.speaker != null && f.speaker.media()) {
            f.agencies.add(f.speaker);
          }
          Speakers.set(g, f, obj.get(0));
        }
      }
      if (f.speaker != null && f.speaker.media()) {
        f.agencies.add(f.speaker);
        f.speaker = null;
      }
      frames.put(i, f);
    }
    // "the accusation that X armed Y", "rejected reports that it had armed Y" (Allegations).
    Allegations.frames(g, frames);
    Set<String> source = lex.relations(EnglishLexicon.RelationClass.SOURCE);
    for (SemanticGraphEdge e : g.g.edgeListSorted()) {
      String r = Graph.rel(e);
      int colon = r.indexOf(':');
      if (colon > 0 && source.contains(r.substring(colon + 1))) {
        Frame f = new Frame(e.getGovernor());
        Speakers.set(g, f, e.getDependent());
        g.collect(e.getGovernor(), f.content, 0);
        if (f.speaker != null && f.speaker.media()) {
          f.agencies.add(f.speaker);
          f.speaker = null;
        }
        frames.put(-1 - g.idx(e.getGovernor()), f);
      }
    }
    return frames;
  }

  /** Whether {@code c} is a clause of setting ("after …", "despite …": SETTING in {@code relations.tsv}). */
  private static boolean setting(Graph g, IndexedWord c) {
    String r = g.relToParent(c);
    return r.startsWith("advcl:") && g.lex.relations(EnglishLexicon.RelationClass.SETTING)
        .contains("obl:" + r.substring("advcl:".length()));
  }

  /** The speech frames whose content holds token {@code i}, innermost first. */
  static List<Frame> around(int i, Map<Integer, Frame> frames) {
    List<Frame> out = new ArrayList<>();
    for (Frame f : frames.values()) {
      if (f.content.contains(i)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(f -> f.content.size()));
    return out;
  }
}
