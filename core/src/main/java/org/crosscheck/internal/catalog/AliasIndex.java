package org.crosscheck.internal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.internal.text.MatchForms;
import org.crosscheck.internal.text.Tokens;
import org.crosscheck.internal.text.Tokens.Token;

/**
 * A trie of dictionary phrases keyed by folded word forms, for longest-match lookup over {@link Token}s.
 * Immutable once {@link #freeze() frozen}; lookups are then thread-safe.
 */
final class AliasIndex {

  /** What a phrase stands for. */
  enum EntryType {
    /** A name or alias of a catalog actor. */
    NAME,
    /** The adjective of a state ("Russian", "روسي"): an actor only together with an agent noun. */
    DEMONYM,
    /** A generic agent noun with a sector code ("officials" → GOV, "rebels" → REB). */
    AGENT
  }

  /**
   * One dictionary phrase's meaning.
   *
   * @param target actor id for NAME and DEMONYM, sector code for AGENT
   * @param caseSensitive whether every matched word must be written in capitals (acronyms)
   * @param rank lower is preferred when several entries share a phrase
   * @param endsInCapital whether the phrase is a name of several Latin words whose last word is capitalised
   *     ("Russia Today", not "Kremlin spokesman"), so that text ending in a lower-case word is not that name
   */
  record Entry(EntryType type, String target, boolean caseSensitive, int rank, boolean endsInCapital) {
    Entry(EntryType type, String target, boolean caseSensitive, int rank) {
      this(type, target, caseSensitive, rank, false);
    }
  }

  /**
   * A match of one phrase over tokens {@code [from, to)}.
   *
   * @param exact whether every word matched under its own form (no clitic or plural removed)
   */
  record Match(int from, int to, List<Entry> entries, boolean exact) {
    int length() {
      return to - from;
    }
  }

  private static final class Node {
    Map<String, Node> next;
    List<Entry> entries;
  }

  private final Node root = new Node();
  private int maxDepth;
  private int phrases;

  /** Adds a phrase; words are split and folded like text tokens. Returns false when it has no words. */
  boolean add(String phrase, Entry entry) {
    return add(phrase, entry, false);
  }

  /**
   * Adds a phrase; with {@code capitalEnding}, a phrase of several Latin words ending in a capitalised word matches
   * only text that ends in one too (names of outlets and organisations, not titles: "the Syrian president").
   */
  boolean add(String phrase, Entry entry, boolean capitalEnding) {
    List<Token> words = Tokens.tokenize(phrase);
    // "The Kremlin", "the White House": the article is optional in text, so the entry starts after it.
    if (words.size() > 1 && words.get(0).folded().equals("the")) {
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return false;
    }
    Token lastWord = words.get(words.size() - 1);
    if (capitalEnding && words.size() > 1 && lastWord.capitalized() && !MatchForms.isArabic(lastWord.folded())) {
      entry = new Entry(entry.type(), entry.target(), entry.caseSensitive(), entry.rank(), true);
    }
    Node n = root;
    for (Token w : words) {
      String k = MatchForms.key(w.folded());
      if (n.next == null) {
        n.next = new HashMap<>(4);
      }
      n = n.next.computeIfAbsent(k, x -> new Node());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    for (Entry e : n.entries) {
      if (e.equals(entry)) {
        return true;
      }
    }
    n.entries.add(entry);
    maxDepth = Math.max(maxDepth, words.size());
    phrases++;
    return true;
  }

  int phrases() {
    return phrases;
  }

  void freeze() {
    freeze(root);
  }

  private static void freeze(Node n) {
    if (n.entries != null) {
      n.entries = List.copyOf(n.entries);
    }
    if (n.next != null) {
      n.next = Map.copyOf(n.next);
      for (Node c : n.next.values()) {
        freeze(c);
      }
    }
  }

  /**
   * The longest match starting at token {@code i}, or null. Among matches of equal length, one where every word
   * matched exactly is preferred.
   */
  Match longestAt(List<Token> tokens, int i) {
    Match[] best = new Match[1];
    walk(root, tokens, i, i, true, best);
    return best[0];
  }

  private void walk(Node node, List<Token> tokens, int start, int i, boolean exact, Match[] best) {
    if (i >= tokens.size() || i - start >= maxDepth || node.next == null) {
      return;
    }
    Token t = tokens.get(i);
    List<String> forms = MatchForms.forms(t.folded(), i == start);
    for (int f = 0; f < forms.size(); f++) {
      Node child = node.next.get(forms.get(f));
      if (child == null) {
        continue;
      }
      boolean ex = exact && f == 0;
      if (child.entries != null) {
        List<Entry> ok = filterCase(child.entries, tokens, start, i + 1);
        if (!ok.isEmpty()) {
          Match m = new Match(start, i + 1, ok, ex);
          Match b = best[0];
          if (b == null || m.length() > b.length() || (m.length() == b.length() && ex && !b.exact())) {
            best[0] = m;
          }
        }
      }
      walk(child, tokens, start, i + 1, ex, best);
    }
  }

  /**
   * Drops entries the written form rules out: acronyms must be in capitals, and in Latin script a name or
   * demonym must start with a capital letter ("turkey" the bird, "chad", "china" are not actors) and a name of
   * several words must end with one.
   */
  private static List<Entry> filterCase(List<Entry> entries, List<Token> tokens, int from, int to) {
    Token first = tokens.get(from);
    boolean lowerLatin = !first.capitalized() && !first.folded().isEmpty()
        && !MatchForms.isArabic(first.folded()) && Character.isLetter(first.folded().charAt(0));
    if (lowerLatin) {
      List<Entry> out = new ArrayList<>(entries.size());
      for (Entry e : entries) {
        if (e.type() == EntryType.AGENT) {
          out.add(e);
        }
      }
      entries = out;
    }
    Token last = tokens.get(to - 1);
    if (to - from > 1 && !last.capitalized() && !last.folded().isEmpty() && !MatchForms.isArabic(last.folded())
        && Character.isLetter(last.folded().charAt(0))) {
      // "Russia today" is Russia and a day, not the outlet Russia Today: a name of several words ends in a capital.
      List<Entry> out = new ArrayList<>(entries.size());
      for (Entry e : entries) {
        if (!e.endsInCapital()) {
          out.add(e);
        }
      }
      entries = out;
    }
    // "U.N.", "U.S.": an acronym written with dots is a run of single capitals, capitals all the same.
    boolean allCaps = to - from > 1 || tokens.get(from).allCaps();
    for (int k = from; k < to && allCaps; k++) {
      Token t = tokens.get(k);
      allCaps = t.allCaps() || t.capitalized() && t.end() - t.start() == 1;
    }
    if (allCaps) {
      return entries;
    }
    List<Entry> out = null;
    for (Entry e : entries) {
      if (e.caseSensitive()) {
        if (out == null) {
          out = new ArrayList<>(entries);
        }
        out.remove(e);
      }
    }
    return out == null ? entries : out;
  }
}
