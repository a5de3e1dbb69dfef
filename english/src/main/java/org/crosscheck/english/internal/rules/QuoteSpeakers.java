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

  void attribute(ArticleDrafts drafts) {
    Article article = drafts.actors().article();
    String text = article.text();
    for (Paragraph p : article.paragraphs()) {
      for (Quotes.Span q : Quotes.in(text, p.start(), p.end())) {
        String inside = text.substring(q.open(), q.close());
        if (!inside.matches("(?s).*[.!?]\\s+\\S.*")) {
          continue;
        }
        int after = q.close() + 1;
        Matcher m = saidAfterQuote.matcher(text.substring(Math.min(after, p.end()), Math.min(p.end(), after + 120)));
        if (after >= p.end() || !m.find()) {
          continue;
        }
        boolean first = m.start("who") >= 0;
        int whoStart = after + (first ? m.start("who") : m.start("who2"));
        int whoEnd = after + (first ? m.end("who") : m.end("who2"));
        List<Mention> named = drafts.actors().mentionsIn(whoStart, whoEnd);
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
