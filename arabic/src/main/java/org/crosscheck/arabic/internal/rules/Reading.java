package org.crosscheck.arabic.internal.rules;

import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.ArticleActors;
import org.crosscheck.spi.Discourse;
import org.crosscheck.spi.SentenceContext;

/**
 * One sentence being read: its tokens, the actors named at each token, the article's discourse memory and the word
 * lists, behind the small vocabulary the rules share. Not thread-safe: one instance per sentence.
 */
final class Reading {

  final SentenceContext<ArabicSentence> ctx;
  final ArabicSentence s;
  final ArabicLexicon lex;
  /** The sectors of the common-noun actors found in the sentence, by their first token. */
  private final java.util.Map<Integer, org.crosscheck.spi.Sector> sectors = new java.util.HashMap<>();

  Reading(SentenceContext<ArabicSentence> ctx, ArabicLexicon lex) {
    this.ctx = ctx;
    this.s = ctx.sentence();
    this.lex = lex;
  }

  int size() {
    return s.size();
  }

  String word(int i) {
    return s.word(i);
  }

  String folded(int i) {
    return s.folded(i);
  }

  String key(int i) {
    return s.key(i);
  }

  String tag(int i) {
    return s.tag(i);
  }

  boolean isPunct(int i) {
    return s.isPunct(i);
  }

  /**
   * Whether token {@code i} is a verb: tagged so, and not a negation the tagger read as one ("لا/VBP"), nor a
   * masdar it tagged VBG ("قرار/VBG", "اتهام/VBG"): news Arabic has no participle that tag would fit, and a noun
   * read as a verb ends the search for an object ("تشيد بقرار السعودية"). A VBG before an object pronoun is a
   * perfect the segmenter spelt with teh marbuta ("ارتكبة ها"), and a verb.
   */
  boolean isVerb(int i) {
    return s.isVerb(i) && (!s.tag(i).equals("VBG") || StanceCues.suffixedVerb(this, i))
        && !lex.is(s.folded(i), ArabicLexicon.ModalityClass.NEGATION);
  }

  /** Whether a verbal reading of token {@code i} has a stem of class {@code c} ({@code objects.tsv}). */
  boolean verbIn(int i, ArabicLexicon.ObjectClass c) {
    return s.stems(i).stream().anyMatch(st -> st.verbal() && lex.is(st.form(), c));
  }

  /** Whether a nominal reading of token {@code i} has a stem of class {@code c} ({@code objects.tsv}). */
  boolean nounIn(int i, ArabicLexicon.ObjectClass c) {
    return s.stems(i).stream().anyMatch(st -> st.nominal() && lex.is(st.form(), c));
  }

  /** Whether any reading of token {@code i} has a stem of class {@code c} ({@code objects.tsv}). */
  boolean stemIn(int i, ArabicLexicon.ObjectClass c) {
    return s.stems(i).stream().anyMatch(st -> lex.is(st.form(), c));
  }

  /** The actor named at token {@code i}, or null. */
  ActorSpan mention(int i) {
    ActorSpan m = ctx.mentionAt(i).orElse(null);
    return m == null || placeNoun(m) || quotedName(m) || nounNotName(m) ? null : m;
  }

  /**
   * Whether a one-word name that is also a common noun ({@code syntax.tsv}, NAME_OR_NOUN) is the noun here: a noun
   * or an adjective it governs follows ("لفتح مكاتب", "فتح النار"), not an actor. A conjunction or a
   * preposition the name carries ("ولـ") does not count as a word.
   */
  private boolean nounNotName(ActorSpan m) {
    int k = m.last() + 1;
    if (m.implied() || k >= size() || s.isPunct(k)
        || !lex.is(s.key(m.last()), ArabicLexicon.SyntaxClass.NAME_OR_NOUN)) {
      return false;
    }
    for (int j = m.first(); j < m.last(); j++) {
      if (!lex.is(s.key(j), ArabicLexicon.GrammarClass.GOVERNING_PREPOSITION)
          && !lex.is(s.key(j), ArabicLexicon.GrammarClass.CONJUNCTION)) {
        return false;
      }
    }
    String next = s.tag(k);
    if (!s.key(m.last()).equals(s.folded(m.last()))) {
      // With the article it heads no genitive: before a noun it is the subject of a verb before it ("تبنت القاعدة
      // الهجوم"); before an adjective, the noun the adjective describes ("القاعدة الجوية").
      return next.contains("JJ");
    }
    // Without it, its genitive or adjective follows ("قاعدة الوطية", "فتح الحدود"), unless an actor does: the
    // movement's object ("اتهمت فتح حماس").
    return (next.contains("NN") || next.contains("JJ")) && ctx.mentionAt(k).isEmpty();
  }

  /**
   * Whether a state's name is only the first word of a name in quotation marks ("«إسرائيل بيتنا»", a party): an
   * opening mark before it, a noun after it and the closing mark within two words.
   */
  private boolean quotedName(ActorSpan m) {
    if (m.implied() || m.actor().kind() != org.crosscheck.ActorKind.STATE || m.first() == 0
        || !lex.is(s.word(m.first() - 1), ArabicLexicon.GrammarClass.QUOTE)) {
      return false;
    }
    int k = m.last() + 1;
    if (k >= size() || !s.tag(k).contains("NN") || s.isPunct(k)) {
      return false;
    }
    for (int j = k + 1; j <= Math.min(size() - 1, k + 2); j++) {
      if (lex.is(s.word(j), ArabicLexicon.GrammarClass.QUOTE)) {
        return true;
      }
    }
    return false;
  }

  boolean hasMention(int i) {
    return mention(i) != null;
  }

  /**
   * Whether a catalog mention is nothing but a noun of place ("المدينة", "بمدينة"), which the catalog may take for a
   * city's name (المدينة المنورة) but news uses for any town: no actor.
   */
  private boolean placeNoun(ActorSpan m) {
    if (m.implied() || sectors.containsKey(m.first())) {
      return false;
    }
    for (int k = m.first(); k <= m.last(); k++) {
      boolean clitic = k == m.first() && k < m.last() && lex.is(s.key(k), ArabicLexicon.GrammarClass.GOVERNING_PREPOSITION);
      if (!clitic && !lex.is(s.key(k), ArabicLexicon.SyntaxClass.LOCATIVE)) {
        return false;
      }
    }
    return true;
  }

  /** The first actor named in tokens {@code [from, from + within)}, or null. */
  ActorSpan nextMention(int from, int within) {
    for (int j = from; j < Math.min(size(), from + within); j++) {
      if (hasMention(j)) {
        return mention(j);
      }
    }
    return null;
  }

  /** The article text of tokens {@code from} to {@code to}, both included. */
  String text(int from, int to) {
    return ctx.text(from, to);
  }

  /** Notes the sector of the common-noun actor whose mention starts at {@code first}. */
  void noteSector(int first, org.crosscheck.spi.Sector sector) {
    sectors.put(first, sector);
  }

  /** Whether a mention is a common-noun actor ({@link CommonActors}) rather than a name of the catalog. */
  boolean commonNoun(ActorSpan m) {
    return !m.implied() && sectors.containsKey(m.first());
  }

  /**
   * The sector a mention names: a common noun's ("المتظاهرون": OPP), or the sector of a country-sector actor of the
   * catalog (PSEOPP).
   */
  java.util.Optional<org.crosscheck.spi.Sector> sector(ActorSpan m) {
    org.crosscheck.spi.Sector s = m.implied() ? null : sectors.get(m.first());
    if (s != null) {
      return java.util.Optional.of(s);
    }
    String code = m.actor().cameo().orElse("");
    return code.length() == 6 ? org.crosscheck.spi.Sector.of(code.substring(3)) : java.util.Optional.empty();
  }

  Discourse discourse() {
    return ctx.discourse();
  }

  ArticleActors actors() {
    return ctx.actors();
  }

  /** What the discourse remembers under {@code key}, or null. */
  <T> T remembered(Discourse.Key<T> key) {
    return discourse().get(key).orElse(null);
  }

  /** Whether a folded word starts a reported clause: "أن", a colon, an opening quotation mark. */
  boolean opensReport(String folded) {
    return lex.is(folded, ArabicLexicon.GrammarClass.COMPLEMENTIZER)
        || lex.is(folded, ArabicLexicon.GrammarClass.COLON)
        || lex.is(folded, ArabicLexicon.GrammarClass.OPENING_QUOTE);
  }
}
