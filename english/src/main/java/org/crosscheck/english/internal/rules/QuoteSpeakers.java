package org.crosscheck.english.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.Article;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleDrafts;
import org.crosscheck.spi.Quotes;

/**
 * A quote that runs over several sentences ("… We will not abandon our friends. We never have," Lavrov said.) has
 * its speaker after it: the claims inside the quote that have no voice get that speaker, as direct speech. The
 * verbs that name the speaker come from {@code quote-attribution.tsv}. Stateless.
 */
final class QuoteSpeakers {

  private final Pattern saidAfterQuote;

  QuoteSpeakers(EnglishLexicon lex) {
    String all = alternatives(lex.quoteVerbs, null);
    String both = alternatives(lex.quoteVerbs, EnglishLexicon.QuoteOrder.BOTH);
    this.saidAfterQuote = Pattern.compile("^[,.]?\\s+(?:(?<who>[^,.;\"“”]{2,80}?)\\s+(?:" + all + ")\\b"
        + "|(?:" + both + ")\\s+(?<who2>[^,.;\"“”]{2,80}?)[,.;])");
  }

  private static String alternatives(Map<String, EnglishLexicon.QuoteOrder> verbs, EnglishLexicon.QuoteOrder only) {
    return verbs.entrySet().stream().filter(e -> only == null || e.getValue() == only)
        .map(e -> Pattern.quote(e.getKey())).collect(Collectors.joining("|"));
  }

  /**
   * The words naming the voice right after quotation {@code q} ("…," the minister said; "…," said X), as {@code
   * [start, end)} offsets in {@code text}, or null when no attribution follows it before {@code paragraphEnd}.
   */
  int[] attributionAfter(String text, Quotes.Span q, int paragraphEnd) {
    int after = q.close() + 1;
    if (after >= paragraphEnd) {
      return null;
    }
    Matcher m = saidAfterQuote.matcher(text.substring(after, Math.min(paragraphEnd, after + 120)));
    if (!m.find()) {
      return null;
    }
    boolean first = m.start("who") >= 0;
    String group = first ? "who" : "who2";
    return new int[] {after + m.start(group), after + m.end(group)};
  }

  void attribute(ArticleDrafts drafts) {
    Article article = drafts.actors().article();
    String text = article.text();
    for (Paragraph p : article.paragraphs()) {
      for (Quotes.Span q : Quotes.in(text, p.start(), p.end())) {
        String inside = text.substring(q.open(), q.close());
        if (!inside.matches("(?s).*[.!?]\\s+\\S.*")) {
          continue;
        }
        int[] who = attributionAfter(text, q, p.end());
        if (who == null) {
          continue;
        }
        List<Mention> named = drafts.actors().mentionsIn(who[0], who[1]);
        if (named.isEmpty()) {
          continue;
        }
        Mention speaker = named.get(named.size() - 1);
        for (ArticleDrafts.Entry e : drafts.entries()) {
          if (!e.voiced() && e.start() >= q.open() && e.end() <= q.close() + 1
              && !e.holderId().equals(speaker.actor().id())) {
            drafts.replace(e.index(), e.draft().voicedBy(new ActorSpan(-1, -1, speaker.actor(), speaker.text(),
                Optional.of(speaker))));
          }
        }
      }
    }
  }
}
