package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/**
 * "Interior Minister Jane Okello visited Masaka. … The minister condemned the opposition": a later reference by the
 * title alone ("the minister", "the prime minister", "the envoy", {@code person-nouns.tsv}) stands for the person
 * the article named earlier with that title, as a compound ("Interior Minister X", "Army chief X") or in apposition
 * ("X, the interior minister," or "the party's leader, X,"). A reference with words of its own ("the foreign
 * minister") takes only a person titled with those words too. Two people the article titled alike leave the
 * reference to nobody rather than to the later of them; so does a reference that says more than the title ("the
 * minister's spokesman", "the minister of defence", "a minister"). A body is referred back to the same way by the noun
 * ending its name ({@code referring-heads.tsv}: "Nepal's Supreme Court suspended the ordinance … praised the court",
 * "the Election Commission … the commission"). Stateless; the memory lives in the article's {@link Discourse}.
 */
final class TitleReferences {

  private static final Discourse.Key<List<Titled>> TITLED = Discourse.Key.of("english.titledPeople");

  private static final Set<String> OWN_WORDS = Set.of("det", "amod", "compound", "punct");

  /** The ids of the bodies the article named other than as where a case goes ({@link #onlyBody}). */
  private static final Discourse.Key<Set<String>> NAMED_BODIES = Discourse.Key.of("english.namedBodies");

  /** Words before a body's name that make it where a case is taken: "appeal to", "challenge before", "file at". */
  private static final Set<String> VENUE_WORDS = Set.of("to", "before", "at", "with");

  private TitleReferences() {}

  /** One the article named with a title or a head noun: its lemma and the words that qualify it, in lower case. */
  private record Titled(String title, Set<String> words, ActorRef person) {}

  /**
   * Notes the people the sentence of the light pass names with a title, for the references of later sentences. Read
   * off the tokens, as every sentence comes here whether or not it is parsed ("Grace Atim, the interior minister,
   * toured the market" holds no cue).
   */
  static void note(SentenceContext<?> ctx, EnglishLexicon lex) {
    List<Token> toks = ctx.tokens();
    List<Titled> titled = new ArrayList<>(ctx.discourse().get(TITLED).orElse(List.of()));
    int before = titled.size();
    for (ActorSpan m : ctx.mentions()) {
      ActorKind kind = m.actor().kind();
      if (m.anonymous() || m.implied() || m.last() >= toks.size()) {
        continue;
      }
      ActorRef ref = ActorRef.of(m.actor(), m.text());
      List<Titled> found = new ArrayList<>();
      int head = head(toks, m);
      Token last = toks.get(head);
      if (kind != ActorKind.STATE && kind != ActorKind.PERSON && kind != ActorKind.ROLE && m.last() > m.first()
          && Character.isUpperCase(last.word().charAt(0)) && lex.referringHeads.contains(lemma(last))) {
        found.add(new Titled(lemma(last), words(toks, m.first() - 1, head), ref));
        if (!venue(toks, m)) {
          Set<String> bodies = new java.util.HashSet<>(ctx.discourse().get(NAMED_BODIES).orElse(Set.of()));
          if (bodies.add(ref.id())) {
            ctx.discourse().set(NAMED_BODIES, Set.copyOf(bodies));
          }
        }
      } else if (kind == ActorKind.PERSON || kind == ActorKind.ROLE
          || m.actor().isAdHoc() && kind == ActorKind.UNKNOWN) {
        found.addAll(titles(toks, m, ref, lex));
      }
      for (Titled t : found) {
        if (!titled.contains(t)) {
          titled.add(t);
        }
      }
    }
    if (titled.size() != before) {
      ctx.discourse().set(TITLED, List.copyOf(titled));
    }
  }

  /**
   * The person a bare title {@code c} refers back to, or null: a singular office with "the" and at most words of
   * its own that a person named earlier with that title also had.
   */
  static ActorSpan at(Graph g, IndexedWord c) {
    if (!g.pos(c).equals("NN") || !(g.lex.personNouns.contains(g.lemmaOf(c)) || refers(g.lex, g.lemmaOf(c)))
        || !bare(g, c)) {
      return null;
    }
    String title = g.lemmaOf(c);
    Set<String> own = words(g, c);
    ActorRef found = null;
    for (Titled t : g.ctx.discourse().get(TITLED).orElse(List.of())) {
      if (!t.title().equals(title) || !t.words().containsAll(own) || past(t.words(), g.lex) && !past(own, g.lex)) {
        continue;
      }
      if (found != null && !found.id().equals(t.person().id())) {
        return null;
      }
      found = t.person();
    }
    return found == null ? null
        : ActorSpan.of(g.idx(c), g.idx(c), g.ctx.actors().actorOf(found), found.mention());
  }

  /**
   * The one body the article named before with a name headed by a noun of {@code heads} ("the High Court", "the
   * Court of Arbitration for Sport"), or null when it named none or two; a body named only as where a case may be
   * taken ("appeal to", "before", "at", "with") counts for neither.
   */
  static ActorRef onlyBody(Discourse d, java.util.function.Predicate<String> heads) {
    ActorRef found = null;
    Set<String> named = d.get(NAMED_BODIES).orElse(Set.of());
    for (Titled t : d.get(TITLED).orElse(List.of())) {
      if (!heads.test(t.title()) || !named.contains(t.person().id())) {
        // "said it would appeal to the Court of Arbitration for Sport": a court a case may go to has ruled on nothing.
        continue;
      }
      if (found != null && !found.id().equals(t.person().id())) {
        return null;
      }
      found = t.person();
    }
    return found;
  }

  /** Whether a noun refers back to a body by the noun ending its name ({@code referring-heads.tsv}). */
  static boolean refers(EnglishLexicon lex, String lemma) {
    return lex.referringHeads.contains(lemma);
  }

  /** Whether the office has "the" and no dependents but words of its own. */
  private static boolean bare(Graph g, IndexedWord c) {
    boolean the = false;
    for (SemanticGraphEdge e : g.g.outgoingEdgeList(c)) {
      String r = e.getRelation().toString();
      if (!OWN_WORDS.contains(r)) {
        return false;
      }
      if (r.equals("det")) {
        if (!e.getDependent().word().equalsIgnoreCase("the")) {
          return false;
        }
        the = true;
      }
    }
    return the;
  }

  /** The words qualifying an office: its adjectives and compounds, lower-cased ("interior" of "Interior Minister"). */
  private static Set<String> words(Graph g, IndexedWord office) {
    Set<String> out = new HashSet<>();
    for (IndexedWord w : g.children(office, "amod", "compound")) {
      out.add(w.word().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The titles a person's name is given with: inside its mention ("Russian Foreign Minister Sergei Lavrov"), right
   * before it ("Interior Minister X", "Uganda's army chief X", "the interior minister, X,"), or in apposition after
   * it ("X, the interior minister," "X, Uganda's interior minister,"; not "X, a minister,").
   */
  private static List<Titled> titles(List<Token> toks, ActorSpan m, ActorRef person, EnglishLexicon lex) {
    List<Titled> out = new ArrayList<>();
    for (int k = m.first(); k < m.last(); k++) {
      if (office(toks.get(k), lex)) {
        out.add(new Titled(lemma(toks.get(k)), words(toks, m.first() - 1, k), person));
      }
    }
    int k = m.first() - 1;
    boolean comma = k >= 0 && toks.get(k).word().equals(",");
    if (comma && m.last() + 1 < toks.size() && toks.get(m.last() + 1).word().equals(",")) {
      k--;
    }
    if (k >= 0 && !toks.get(k).word().equals(",") && office(toks.get(k), lex)) {
      out.add(new Titled(lemma(toks.get(k)), words(toks, -1, k), person));
    }
    int i = m.last() + 2;
    if (i < toks.size() && toks.get(i - 1).word().equals(",")
        && (!toks.get(i).tag().equals("DT") || toks.get(i).lemma().equalsIgnoreCase("the"))) {
      // Past "the" and an owner ("Uganda's"), a run of words up to the office, which closes the apposition.
      i += toks.get(i).tag().equals("DT") ? 1 : 0;
      for (int j = i; j < Math.min(toks.size(), i + 5); j++) {
        if (toks.get(j).tag().equals("POS")) {
          i = j + 1;
          break;
        }
      }
      int t = i;
      while (t < toks.size() && toks.get(t).tag().matches("JJ|NN|NNP") && !office(toks.get(t), lex)) {
        t++;
      }
      if (t < toks.size() && office(toks.get(t), lex)
          && (t + 1 == toks.size() || toks.get(t + 1).word().matches("[,.;]"))) {
        out.add(new Titled(lemma(toks.get(t)), words(toks, i - 1, t), person));
      }
    }
    return out;
  }

  /** Whether a token is a singular office ({@code person-nouns.tsv}). */
  private static boolean office(Token t, EnglishLexicon lex) {
    return t.tag().matches("NN|NNP") && lex.personNouns.contains(lemma(t));
  }

  /**
   * The head word of a body's name: its last word, or the word before its first "of" ("the International Court of
   * Justice", "the Court of Arbitration for Sport" are courts).
   */
  private static int head(List<Token> toks, ActorSpan m) {
    for (int k = m.first() + 1; k < m.last(); k++) {
      if (toks.get(k).word().equals("of")) {
        return k - 1;
      }
    }
    return m.last();
  }

  /** Whether the name {@code m} follows a word that makes it where a case is taken ("appeal to the court"). */
  private static boolean venue(List<Token> toks, ActorSpan m) {
    int k = m.first() - 1;
    if (k >= 0 && toks.get(k).word().equalsIgnoreCase("the")) {
      k--;
    }
    return k >= 0 && VENUE_WORDS.contains(toks.get(k).word().toLowerCase(Locale.ROOT));
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The words qualifying the office at {@code k}: the adjectives and nouns right before it, back to {@code floor}
   * exclusive or to anything else (a determiner, a possessive, a comma), lower-cased ("interior" of "Interior
   * Minister").
   */
  private static Set<String> words(List<Token> toks, int floor, int k) {
    Set<String> out = new HashSet<>();
    for (int j = k - 1; j > floor && j >= 0 && toks.get(j).tag().matches("JJ|NN|NNP|VBN"); j--) {
      out.add(toks.get(j).word().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether the words make a title one held no more ("former", {@code background.tsv} PAST_TITLE). */
  private static boolean past(Set<String> words, EnglishLexicon lex) {
    List<String> past = lex.background(EnglishLexicon.BackgroundClass.PAST_TITLE);
    return words.stream().anyMatch(past::contains);
  }
}
