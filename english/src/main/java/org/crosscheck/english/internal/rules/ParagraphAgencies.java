package org.crosscheck.english.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.ActorKind;
import org.crosscheck.Mention;
import org.crosscheck.Paragraph;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.SentenceContext;

/**
 * News outlets a paragraph cites as its source ("According to the Egyptian news agency MENA, …", "MENA reported"):
 * the other sentences of the paragraph rest on them too. The citing words come from {@code citations.tsv}.
 * Stateless.
 */
final class ParagraphAgencies {

  private ParagraphAgencies() {}

  static List<ActorSpan> of(SentenceContext<EnglishSentence> ctx, EnglishLexicon lex) {
    if (ctx.paragraph().isEmpty()) {
      return List.of();
    }
    Paragraph p = ctx.paragraph().get();
    String text = ctx.article().text();
    List<ActorSpan> out = new ArrayList<>();
    for (Mention m : ctx.actors().mentionsIn(p.start(), p.end())) {
      if (m.actor().kind() != ActorKind.MEDIA) {
        continue;
      }
      String before = text.substring(Math.max(p.start(), m.start() - 60), m.start()).toLowerCase(Locale.ROOT);
      String after = text.substring(m.end(), Math.min(p.end(), m.end() + 25)).toLowerCase(Locale.ROOT).strip();
      for (Map.Entry<String, EnglishLexicon.CitationClass> c : lex.citations.entrySet()) {
        if (c.getValue() == EnglishLexicon.CitationClass.BEFORE ? before.contains(c.getKey())
            : after.startsWith(c.getKey())) {
          out.add(new ActorSpan(-1, -1, m.actor(), m.text(), java.util.Optional.of(m)));
          break;
        }
      }
    }
    return out;
  }
}
