package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ActorCatalog;
import org.crosscheck.Article;
import org.crosscheck.Language;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.ClaimDraft;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;
import org.crosscheck.spi.Token;

/** Builds what a rule sees for a CoNLL-U fixture: a one-sentence article, its context, the graph, the drafts. */
final class Readings {

  static final ActorCatalog CATALOG = ActorCatalog.defaultCatalog();
  static final EnglishLexicon LEX = EnglishLexicon.get();

  private Readings() {}

  /** What the rules see of one fixture sentence, and what they emitted. */
  record Reading(SentenceContext<EnglishSentence> ctx, Graph graph, List<ClaimDraft> drafts) {

    /** The graph node of the first token written {@code word}. */
    IndexedWord node(String word) {
      for (int i = 0; i < graph.size(); i++) {
        if (graph.toks.get(i).word().equals(word)) {
          return graph.node(i);
        }
      }
      throw new IllegalArgumentException("no token " + word);
    }
  }

  static Article article(String text, LocalDate published, Paragraph.Kind kind) {
    return new Article("fixture", "fixture", "", Optional.empty(), Optional.ofNullable(published),
        Optional.empty(), Language.ENGLISH, text, List.of(new Paragraph(0, text.length(), kind)), List.of());
  }

  static Reading of(String id) {
    return of(id, null, new Discourse());
  }

  static Reading of(String id, LocalDate published, Discourse discourse) {
    Conll.Fixture f = Conll.get(id);
    Article a = article(f.text(), published, Paragraph.Kind.BODY);
    List<ClaimDraft> drafts = new ArrayList<>();
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a, f.sentence(), ArticleActors.of(CATALOG, a),
        discourse, Optional.of(a.paragraphs().get(0)), false, drafts::add);
    return new Reading(ctx, new Graph(ctx, LEX), drafts);
  }

  /** The fixture sentence after {@code before} in one paragraph of an article. */
  static Reading in(String before, String id) {
    return in(before, id, new Discourse());
  }

  /** The fixture sentence after {@code before} in one paragraph of an article, read after what {@code discourse}
   * remembers. */
  static Reading in(String before, String id, Discourse discourse) {
    Conll.Fixture f = Conll.get(id);
    Article a = article(before + f.text(), null, Paragraph.Kind.BODY);
    List<ClaimDraft> drafts = new ArrayList<>();
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a, f.at(before.length()),
        ArticleActors.of(CATALOG, a), discourse, Optional.of(a.paragraphs().get(0)), false, drafts::add);
    return new Reading(ctx, new Graph(ctx, LEX), drafts);
  }

  /** The fixture sentence between {@code before} and {@code after} in one paragraph of an article. */
  static Reading around(String before, String id, String after) {
    Conll.Fixture f = Conll.get(id);
    Article a = article(before + f.text() + after, null, Paragraph.Kind.BODY);
    List<ClaimDraft> drafts = new ArrayList<>();
    SentenceContext<EnglishSentence> ctx = SentenceContext.of(a, f.at(before.length()),
        ArticleActors.of(CATALOG, a), new Discourse(), Optional.of(a.paragraphs().get(0)), false, drafts::add);
    return new Reading(ctx, new Graph(ctx, LEX), drafts);
  }

  /**
   * The drafts of the last of {@code ids}, the fixtures read in order as one article's paragraph after what {@code d}
   * remembers, as the driver reads: each noted by the candidate filter and read deeply only where it passes.
   */
  static List<ClaimDraft> inOrder(Discourse d, String... ids) {
    StringBuilder before = new StringBuilder();
    Reading r = null;
    for (String id : ids) {
      r = in(before.toString(), id, d);
      if (CandidateFilter.isCandidate(r.ctx(), LEX)) {
        new ClaimReader(LEX).read(r.ctx());
      }
      before.append(Conll.get(id).text()).append(' ');
    }
    return r.drafts();
  }

  /** Runs every rule on the fixture, read after what {@code discourse} remembers, and returns the drafts. */
  static List<ClaimDraft> drafts(String id, Discourse discourse) {
    Reading r = of(id, null, discourse);
    new ClaimReader(LEX).read(r.ctx());
    return r.drafts();
  }

  /** Runs every rule on the fixture and returns the drafts. */
  static List<ClaimDraft> drafts(String id) {
    Reading r = of(id);
    new ClaimReader(LEX).read(r.ctx());
    return r.drafts();
  }

  /** Every rule's drafts on the fixture as "holder STANCE target" ("-" for none), sorted. */
  static List<String> claims(String id) {
    return claims(drafts(id));
  }

  /** Every rule's drafts on the fixture as "HOLDER-ID STANCE TARGET-ID" ("-" for none), sorted. */
  static List<String> claimIds(String id) {
    return drafts(id).stream().map(Readings::claimId).sorted().toList();
  }

  /** A draft as "HOLDER-ID STANCE TARGET-ID" ("-" for no target). */
  static String claimId(ClaimDraft d) {
    return d.holder().actor().id() + " " + d.stance() + " " + d.target().map(t -> t.actor().id()).orElse("-");
  }

  /** {@link #drafts(String, Discourse)} as "holder STANCE target" lines, sorted. */
  static List<String> claims(String id, Discourse discourse) {
    return claims(drafts(id, discourse));
  }

  /** The drafts as "holder STANCE target" lines ("-" for no target), sorted. */
  static List<String> claims(List<ClaimDraft> drafts) {
    return drafts.stream().map(d -> d.holder().text() + " " + d.stance() + " "
        + d.target().map(t -> t.text()).orElse("-")).sorted().toList();
  }

  /** Tokens from "word/TAG" or "word/TAG/lemma" items separated by spaces, lemma by default the word in lower case. */
  static List<Token> tagged(String pairs) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String wt : pairs.split(" ")) {
      String[] p = wt.split("/");
      out.add(new Token(out.size(), p[0], p.length > 2 ? p[2] : p[0].toLowerCase(), p[1], at, at + p[0].length()));
      at += p[0].length() + 1;
    }
    return out;
  }
}
