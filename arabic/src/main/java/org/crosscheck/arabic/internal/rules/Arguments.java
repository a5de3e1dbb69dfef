package org.crosscheck.arabic.internal.rules;

import java.util.List;

import org.crosscheck.arabic.internal.rules.ArabicLexicon.GrammarClass;
import org.crosscheck.arabic.internal.rules.ArabicLexicon.SyntaxClass;
import org.crosscheck.spi.ActorSpan;

/**
 * The subject of a verb, read from the order of the tagged tokens (CoreNLP's Arabic parser costs more memory than
 * the library may take; see the README): in the order of its clause,
 * <ol>
 *   <li>a passive verb (VBN) has the doer its agent phrase names ("على يد مسلحين", "من قبل الشرطة"), or none; a
 *       verb the tagger read as active but followed by an agent phrase is such a passive;</li>
 *   <li>a verb coordinated with an earlier one ("هاجمت القوات المواقع وقتلت …") shares its subject;</li>
 *   <li>a noun phrase before the verb is its subject (SVO, the order of headlines: "موسكو تهدد كييف"), read back
 *       over particles (لن، قد، سـ), adverbs of time, relative pronouns and the phrases prepositions govern ("تركيا
 *       بعد لقاء مع روسيا تدعم …"); right before the verb, only one that opens its clause ({@link #opensItsClause});</li>
 *   <li>otherwise, when nothing stands before the verb in its clause but links and prepositional phrases, the first
 *       noun phrase after it is its subject (VSO: "هاجم مسلحون حاجزا"), past an object pronoun, adverbs and words of
 *       quantity ("تظاهر آلاف المحتجين").</li>
 * </ol>
 * A subject that is a noun phrase but no actor ("الدولار يرتفع", "قتل ثلاثة جنود") is found, and holds nothing.
 * Stateless.
 */
final class Arguments {

  private Arguments() {}

  /** "بـ", whose agent nouns (بنيران، بجانب) after an active verb are no doer. */
  private static final String INSTRUMENT = "\u0628";

  /** The CAMEO families of violence (18 assault, 19 fight, 20 mass violence), whose counted subjects are victims. */
  private static final List<String> VIOLENCE = List.of("18", "19", "20");

  /** How far the subject may stand from its verb, in tokens. */
  static final int REACH = 12;
  /** Brackets, which a passive verb's agent phrase may follow ("خطف في المدينة (شرق العاصمة) من قبل …"). */
  private static final String BRACKETS = "()";
  /** How far after a verb its agent phrase may stand. */
  static final int AGENT_REACH = 8;
  /**
   * How far after a verb tagged passive its agent phrase may stand (past a place of two words and a distance in
   * brackets: "خطف المهندس في بلدة عين صالح (60 كلم جنوب الحدود) على يد مسلحين").
   */
  static final int PASSIVE_AGENT_REACH = 16;
  /** The longest apposition read past between two commas, in tokens. */
  static final int APPOSITION = 6;
  /** How many coordinated verbs are followed back to the one with a subject. */
  static final int COORDINATION_DEPTH = 3;

  /**
   * A verb's subject.
   *
   * @param found whether the clause shows one (an actor or another noun phrase; a passive without agent counts)
   * @param actor the actor it is, or null
   */
  record Subject(boolean found, ActorSpan actor) {
    static final Subject NOT_FOUND = new Subject(false, null);
    static final Subject NO_ACTOR = new Subject(true, null);
  }

  /** The subject of the verb at {@code v}. */
  static Subject of(Reading r, Segment seg, int v) {
    return of(r, seg, v, 0);
  }

  private static Subject of(Reading r, Segment seg, int v, int depth) {
    if (r.tag(v).equals("VBN")) {
      Subject agent = passiveAgent(r, seg, v);
      return agent.actor() == null && activeWithObject(r, seg, v) ? new Subject(true, r.mention(v + 1)) : agent;
    }
    // Unvocalised, a passive reads as an active verb ("خطف الصحافي على يد مسلحين"): an agent phrase says which;
    // not one with بـ, which after an active verb is where or with what ("فجر نفسه بجانب", "قتله برصاص").
    for (int j = v + 1; j + 2 < Math.min(seg.to(), v + AGENT_REACH); j++) {
      if (r.isPunct(j) || r.isVerb(j)) {
        break;
      }
      ActorSpan doer = r.folded(j).equals(INSTRUMENT) && !gunfire(r, j + 1) ? null : agentPhrase(r, seg, j);
      if (doer != null) {
        return new Subject(true, doer);
      }
    }
    int before = skipParticles(r, seg, v - 1);
    // "إذ فجرت انتحارية نفسها": a subordinating link opens a clause with a subject of its own.
    if (before >= seg.from() && r.lex.is(r.folded(before), SyntaxClass.CLAUSE_LINK)
        && !r.lex.is(r.folded(before), SyntaxClass.SUBORDINATOR) && depth < COORDINATION_DEPTH) {
      int earlier = previousVerb(r, seg, before - 1);
      if (earlier >= 0) {
        Subject own = after(r, seg, v);
        if (ownSubject(r, seg, v, own)) {
          return own;
        }
        Subject shared = of(r, seg, earlier, depth + 1);
        if (shared.found()) {
          return shared;
        }
        // The earlier verb shows no subject: this one's own, when an actor follows it, else the clause's first actor.
        return own.actor() != null ? own : shared;
      }
    }
    Subject pre = before(r, seg, v);
    if (pre.found()) {
      return pre;
    }
    // "… الذين يقاتلون الحكومة": a verb right after a relative pronoun has its antecedent as subject, and what follows
    // it is its object.
    // A verb followed back through coordination ("… ما يحدث وتجري …") may be the wrong one; its own subject before it
    // is then no reason to stop looking for the clause's.
    return before >= seg.from() && (r.lex.is(r.folded(before), SyntaxClass.RELATIVE)
        || depth == 0 && ownSubjectBefore(r, before)) ? Subject.NO_ACTOR : after(r, seg, v);
  }

  /**
   * Whether the word right before a verb (past its particles) gives the verb a subject of its own, so that what
   * follows the verb is its object: a pronoun of question or relation ("من تراقب سوريا": who watches Syria), a
   * demonstrative ("هذه تراقب"), or another finite verb, whose subject the verb after it shares ("خرجوا يهتفون");
   * not a verb of being or beginning, after which the subject comes ("بدأ يهاجم مسلحون" is no order news uses, "بدأت
   * تهاجم" has it in the verb).
   */
  static boolean ownSubjectBefore(Reading r, int before) {
    String t = r.tag(before);
    // "إلى ذلك" (besides) ends a phrase a preposition governs, before a verb that opens its clause.
    // "من يهاجم": "من" before a verb is "who", whichever way the tagger read it.
    return !r.hasMention(before) && (t.equals("WP") || r.folded(before).equals("\u0645\u0646")
        || t.equals("DT") && !governed(r, before)
        || r.isVerb(before) && !r.lex.is(r.folded(before), SyntaxClass.ASPECT)
        && !r.lex.is(r.folded(before), SyntaxClass.AUXILIARY));
  }

  /**
   * Whether the noun phrase at {@code head}, right before its verb, opens its clause as a subject placed first must:
   * at the sentence's start, after a mark, a conjunction or link ("وروسيا تراقب", "بينما روسيا …"), "أن/إن", an
   * adverb of time, or a verb of being or beginning ({@code syntax.tsv}, AUXILIARY and ASPECT: "كانت روسيا تراقب",
   * "بدأت القوات تنسحب"). After any other word it is that word's: the subject or object of another verb
   * ("اعتبرت الأسد تراقب" is no sentence), the object of a particle ("إذا مصر تدعم"), and no subject of this verb.
   */
  static boolean opensItsClause(Reading r, int head) {
    int p = head - 1;
    if (p < 0 || r.tag(head).equals("CC") || r.lex.is(r.folded(head), SyntaxClass.CLAUSE_LINK)) {
      // "والولايات المتحدة تشيد …": the catalog's span took in the conjunction that opens the clause.
      return true;
    }
    String f = r.folded(p);
    return r.isPunct(p) || r.tag(p).equals("CC") || r.lex.is(r.key(p), GrammarClass.COMPLEMENTIZER)
        || r.lex.is(f, SyntaxClass.CLAUSE_LINK) || r.lex.is(f, SyntaxClass.FILLER)
        || r.lex.is(f, SyntaxClass.ASPECT) || r.lex.is(f, SyntaxClass.AUXILIARY);
  }

  /**
   * Whether a common noun in the sound masculine plural (…ون، …ين: "المسلحون", "المحتجين") stands before a singular
   * verb ("المسلحين تراقب"): a verb after its subject agrees with it in number ("المسلحون يراقبون"), so the noun is
   * not its subject.
   */
  static boolean pluralWithSingularVerb(Reading r, ActorSpan subject, int v) {
    if (!r.commonNoun(subject) || subject.first() != subject.last() || !r.tag(subject.first()).contains("NNS")) {
      return false;
    }
    String n = r.folded(subject.first());
    String f = r.folded(v);
    boolean soundPlural = n.endsWith("\u0648\u0646") || n.endsWith("\u064a\u0646");
    boolean pluralVerb = f.endsWith("\u0648\u0646") || f.endsWith("\u0648\u0627") || f.endsWith("\u0646")
        || f.endsWith("\u0648");
    return soundPlural && !pluralVerb && (r.tag(v).equals("VBP") || r.tag(v).equals("VBD"));
  }

  /**
   * Whether a coordinated verb has a subject of its own rather than the earlier verb's: an actor right after it and
   * then its object ("هاجمت إسرائيل مواقع وأدانت مصر الهجوم", "تظاهر الطلاب وفرقت الشرطة المتظاهرين"). Not when the
   * verb carries a plural subject ("وأحرقوا"), the actor is in the oblique case ("وقتلت المسلحين الثلاثة": an object)
   * or a preposition follows it ("وقصفت لبنان بالصواريخ": the earlier subject's object).
   */
  private static boolean ownSubject(Reading r, Segment seg, int v, Subject own) {
    ActorSpan a = own.actor();
    if (a == null || a.implied() || a.first() != v + 1 || r.word(v).endsWith(PLURAL_SUBJECT)
        || r.tag(a.first()).contains("NNS") && r.folded(a.first()).endsWith(OBLIQUE_PLURAL)) {
      return false;
    }
    int k = a.last() + 1;
    return k < seg.to() && !r.isPunct(k) && (r.hasMention(k) && !governed(r, k)
        || nominal(r, k) && !r.tag(k).contains("JJ") && !r.lex.is(r.key(k), GrammarClass.GOVERNING_PREPOSITION)
        && !r.lex.is(r.folded(k), SyntaxClass.FILLER));
  }

  /** "وا", the ending of a perfect verb that carries a plural subject. */
  private static final String PLURAL_SUBJECT = "\u0648\u0627";
  /** "ين", the ending of a sound masculine plural in the accusative or genitive, which is no subject. */
  private static final String OBLIQUE_PLURAL = "\u064a\u0646";

  /**
   * Whether a verb the tagger read as passive is active: an actor right after it and a counted object after that
   * ("قتل المسلحون ثلاثة رهائن"); a passive verb takes no object.
   */
  private static boolean activeWithObject(Reading r, Segment seg, int v) {
    if (v + 1 >= seg.to() || !r.hasMention(v + 1) || r.mention(v + 1).first() != v + 1) {
      return false;
    }
    int k = r.mention(v + 1).last() + 1;
    return k + 1 < seg.to() && r.tag(k).equals("CD") && !r.hasMention(k)
        && (r.hasMention(k + 1) || nominal(r, k + 1));
  }

  /** The doer of a passive verb: "على يد X", "من قبل X", "بنيران X" within reach, or none. */
  private static Subject passiveAgent(Reading r, Segment seg, int v) {
    for (int j = v + 1; j + 2 < Math.min(seg.to(), v + PASSIVE_AGENT_REACH); j++) {
      if (r.isPunct(j) && !BRACKETS.contains(r.word(j)) || r.isVerb(j)) {
        break;
      }
      ActorSpan doer = agentPhrase(r, seg, j);
      if (doer != null) {
        return new Subject(true, doer);
      }
    }
    return Subject.NO_ACTOR;
  }

  /** Whether token {@code j} is "نيران" or "رصاص": "بنيران مسلحين" names who fired, after any verb. */
  private static boolean gunfire(Reading r, int j) {
    return j < r.size() && r.lex.is(r.key(j), SyntaxClass.PASSIVE_AGENT) && (r.key(j).equals(GUNFIRE)
        || r.key(j).equals(BULLETS));
  }

  private static final String GUNFIRE = "\u0646\u064a\u0631\u0627\u0646";
  private static final String BULLETS = "\u0631\u0635\u0627\u0635";

  /** The actor an agent phrase starting at {@code j} names ("من قبل أربعة مسلحين" → مسلحين), or null. */
  static ActorSpan agentPhrase(Reading r, Segment seg, int j) {
    if (j + 2 >= seg.to() || !r.lex.is(r.key(j), GrammarClass.GOVERNING_PREPOSITION)
        || !r.lex.is(r.key(j + 1), SyntaxClass.PASSIVE_AGENT)) {
      return null;
    }
    int k = j + 2;
    while (k < seg.to() && !r.hasMention(k) && (quantifier(r, k) || r.folded(k).equals("من"))) {
      k++;
    }
    return k < seg.to() && r.hasMention(k) ? r.mention(k) : null;
  }

  /** The last token before {@code j + 1} that is no particle of negation, modality or tense. */
  private static int skipParticles(Reading r, Segment seg, int j) {
    while (j >= seg.from() && !r.hasMention(j) && (particle(r, j) || r.lex.is(r.folded(j), SyntaxClass.FILLER)
        || auxiliary(r, j, j + 1))) {
      j--;
    }
    return j;
  }

  /**
   * Whether token {@code j} is a form of كان or another verb of being or beginning right before the imperfect verb at
   * {@code next} ("كانوا يهتفون", "لا تزال تعتقل").
   */
  private static boolean auxiliary(Reading r, int j, int next) {
    return (r.lex.is(r.folded(j), SyntaxClass.AUXILIARY) || r.lex.is(r.folded(j), SyntaxClass.ASPECT))
        && next < r.size() && r.tag(next).equals("VBP");
  }

  /** Whether token {@code j} is a particle of negation, modality or tense (لن، قد، سـ). */
  static boolean particle(Reading r, int j) {
    return !r.lex.modalityOf(r.folded(j)).isEmpty() && (r.tag(j).startsWith("RP") || r.tag(j).equals("NEG_PART")
        || r.folded(j).length() <= 4 && !r.tag(j).contains("NN"));
  }

  /** The closest finite verb before {@code j} in the clause, not past a comma; -1 when none. */
  private static int previousVerb(Reading r, Segment seg, int j) {
    for (int k = j; k >= Math.max(seg.from(), j - REACH); k--) {
      if (r.lex.is(r.word(k), GrammarClass.COMMA) || r.lex.is(r.word(k), GrammarClass.COLON)) {
        return -1;
      }
      if (r.isVerb(k) && !r.hasMention(k)) {
        return k;
      }
    }
    return -1;
  }

  /** The subject before the verb (SVO), read back over particles, adverbs and governed phrases. */
  private static Subject before(Reading r, Segment seg, int v) {
    int j = v - 1;
    while (j >= Math.max(seg.from(), v - REACH)) {
      String w = r.word(j);
      String f = r.folded(j);
      if (r.lex.is(w, GrammarClass.COMMA)) {
        int k = beforeApposition(r, seg, j);
        // "أن انتحاريا يقود دراجة مفخخة، فجر نفسه": a comma between a reported clause's subject and its verb.
        j = k < 0 && j == skipParticles(r, seg, v - 1) && subjectBeforeComma(r, seg, j) ? j - 1 : k;
        continue;
      }
      ActorSpan owned = OwnedForces.owner(r, seg, j);
      if (owned != null) {
        return new Subject(true, owned);
      }
      if (r.hasMention(j)) {
        ActorSpan m = r.mention(j);
        if (m.first() < m.last() && r.lex.is(r.key(m.first()), GrammarClass.GOVERNING_PREPOSITION)) {
          // "بمدينة العريش": the catalog's span took in the preposition the segmenter split off.
          j = m.first() - 1;
          continue;
        }
        int head = phraseStart(r, seg, m.first());
        if (governed(r, head) && partitive(r, seg, head)) {
          // "العشرات من المستوطنين هاجموا": a quantity of them.
          return new Subject(true, m);
        }
        if (governed(r, head)) {
          j = head - 2;
          continue;
        }
        ActorSpan relative = ReducedRelatives.subjectBefore(r, seg, head);
        if (relative != null) {
          return new Subject(true, relative);
        }
        boolean adjacent = skipParticles(r, seg, v - 1) == m.last();
        if (adjacent && !opensItsClause(r, head)
            || head == m.first() && pluralWithSingularVerb(r, m, v)) {
          return Subject.NO_ACTOR;
        }
        return head == m.first() || quantity(r, head, m.first()) ? new Subject(true, m) : Subject.NO_ACTOR;
      }
      if (SpeakerPronouns.isState(r, j) && j > seg.from()) {
        return new Subject(true, SpeakerPronouns.state(r, seg, r.text(j - 1, j)));
      }
      if (SpeakerPronouns.isWe(r, j)) {
        return new Subject(true, SpeakerPronouns.organisation(r, seg, w));
      }
      if (j == v - 1 && r.tag(j).equals("PRP") && j > 0 && r.lex.is(r.key(j - 1), GrammarClass.COMPLEMENTIZER)) {
        // "أنها استهدفت عناصر الحركة": the pronoun after أن is the subject; what follows the verb is its object.
        return Subject.NO_ACTOR;
      }
      if (r.lex.is(f, SyntaxClass.RELATIVE) && j - 1 >= seg.from() && r.lex.is(r.word(j - 1), GrammarClass.COMMA)) {
        // "المواطنون الغاضبون، الذين يحتجون على …": the antecedent before the comma.
        j -= 2;
        continue;
      }
      if (particle(r, j) || r.lex.is(f, SyntaxClass.FILLER) || r.lex.is(f, SyntaxClass.RELATIVE)
          || j == v - 1 && auxiliary(r, j, v)) {
        j--;
        continue;
      }
      if (nominal(r, j)) {
        int head = phraseStart(r, seg, j);
        if (governed(r, head)) {
          j = head - 2;
          continue;
        }
        ActorSpan relative = ReducedRelatives.subjectBefore(r, seg, head);
        return relative != null ? new Subject(true, relative) : Subject.NO_ACTOR;
      }
      return Subject.NOT_FOUND;
    }
    return Subject.NOT_FOUND;
  }

  /**
   * Whether the words before a comma right before the verb are the subject of a reported clause: the clause opens
   * after "أن" or a quotation mark and holds no verb before the comma but the imperfect of a relative clause.
   */
  private static boolean subjectBeforeComma(Reading r, Segment seg, int comma) {
    int start = seg.from();
    if (start == 0 || !r.lex.is(r.key(start - 1), GrammarClass.COMPLEMENTIZER)
        && !r.lex.is(r.word(start - 1), GrammarClass.QUOTE)) {
      return false;
    }
    for (int k = start; k < comma; k++) {
      if (r.isPunct(k) && !r.lex.is(r.word(k), GrammarClass.QUOTE) || r.isVerb(k) && !r.tag(k).equals("VBP")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where to read on before a comma that closes an apposition ("روسيا، حليفة الأسد، تدعم"): before the comma that
   * opens it, when only a noun phrase stands between the two; else nowhere (-1).
   */
  private static int beforeApposition(Reading r, Segment seg, int comma) {
    for (int k = comma - 1; k >= Math.max(seg.from(), comma - APPOSITION); k--) {
      if (r.lex.is(r.word(k), GrammarClass.COMMA)) {
        return k < comma - 1 ? k - 1 : -1;
      }
      if (!r.hasMention(k) && !nominal(r, k)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The subject after the verb (VSO), past an object pronoun, adverbs, a prepositional phrase or two ("يتجمع في
   * الساحة متظاهرون") and words of quantity. Past a prepositional phrase only an actor is taken as the subject.
   */
  private static Subject after(Reading r, Segment seg, int v) {
    int j = v + 1;
    boolean pastPhrase = false;
    for (int phrases = 0; j < seg.to() && j < v + REACH; ) {
      if (!r.hasMention(j) && (r.tag(j).startsWith("PRP") && j == v + 1 || r.lex.is(r.folded(j), SyntaxClass.FILLER))) {
        j++;
      } else if (r.hasMention(j) && governedSpan(r, r.mention(j)) && phrases < 2) {
        // "تراقب لموسكو …": the catalog's span took in the preposition; a phrase it governs is no subject.
        j = r.mention(j).last() + 1;
        phrases++;
        pastPhrase = true;
      } else if (!r.hasMention(j) && r.lex.is(r.key(j), GrammarClass.GOVERNING_PREPOSITION) && phrases < 2
          && j + 1 < seg.to()) {
        j = r.hasMention(j + 1) ? r.mention(j + 1).last() + 1 : phraseEnd(r, seg, j + 1) + 1;
        phrases++;
        pastPhrase = true;
      } else {
        break;
      }
    }
    int start = j;
    while (j < seg.to() && !r.hasMention(j) && (quantifier(r, j) || j > start && (r.folded(j).equals("من")
        || describesQuantity(r, j)))) {
      j++;
    }
    if (j >= seg.to() || j >= v + REACH) {
      return Subject.NOT_FOUND;
    }
    if (r.hasMention(j)) {
      return new Subject(true, r.mention(j));
    }
    return !pastPhrase && nominal(r, j) && !r.lex.is(r.key(j), GrammarClass.GOVERNING_PREPOSITION)
        ? Subject.NO_ACTOR : Subject.NOT_FOUND;
  }

  /**
   * Whether a verb's subject after it is counted by a number ("قتل ثلاثة جنود", "اعتقل 5 مسلحين"): unvocalised, the
   * verb is as likely passive, and news counts the victims of violence this way, not its doers.
   */
  static boolean counted(Reading r, int v, ActorSpan subject, String code) {
    if (subject.implied() || subject.first() <= v + 1 || VIOLENCE.stream().noneMatch(code::startsWith)
        || reflexiveAfter(r, subject.last() + 1)) {
      return false;
    }
    boolean number = false;
    for (int k = v + 1; k < subject.first(); k++) {
      if (!quantifier(r, k) && !r.folded(k).equals("من")) {
        return false;
      }
      number |= r.tag(k).equals("CD");
    }
    return number;
  }

  /**
   * Whether the reflexive object ("نفسه", "أنفسهم") stands at {@code j}: counted people who blew themselves up are
   * the doers ("فجر ثلاثة مسلحين أنفسهم"), not victims.
   */
  private static boolean reflexiveAfter(Reading r, int j) {
    return j + 1 < r.size() && r.lex.is(r.key(j), ArabicLexicon.ObjectClass.SELF) && r.tag(j + 1).startsWith("PRP");
  }

  /** Whether a CAMEO code is one of violence (assault, fight, mass violence). */
  static boolean violent(String code) {
    return VIOLENCE.stream().anyMatch(code::startsWith);
  }

  /**
   * Whether token {@code j} describes the word of quantity before it ("مجموعات صغيرة من", "أعداد كبيرة من"): an
   * adjective or adverb that follows a quantifier or another such word.
   */
  private static boolean describesQuantity(Reading r, int j) {
    String t = r.tag(j);
    boolean describes = t.contains("JJ") && !t.startsWith("DT") || t.equals("RB");
    int k = j - 1;
    while (describes && k >= 0 && (r.tag(k).contains("JJ") && !r.tag(k).startsWith("DT") || r.tag(k).equals("RB"))) {
      k--;
    }
    return describes && k >= 0 && quantifier(r, k);
  }

  /** Whether token {@code j} is a number or a word of quantity ("آلاف", "عشرات", "عدة"). */
  static boolean quantifier(Reading r, int j) {
    return r.tag(j).equals("CD") || r.lex.is(r.folded(j), SyntaxClass.QUANTIFIER)
        || r.lex.is(r.key(j), SyntaxClass.QUANTIFIER);
  }

  /** The last token of the run of nouns and adjectives that starts at {@code j}. */
  private static int phraseEnd(Reading r, Segment seg, int j) {
    int k = j;
    while (k + 1 < seg.to() && !r.hasMention(k + 1) && nominal(r, k + 1)) {
      k++;
    }
    return k;
  }

  /** Whether token {@code j} is part of a noun phrase: a noun, adjective, number or possessive pronoun. */
  static boolean nominal(Reading r, int j) {
    String t = r.tag(j);
    return (t.contains("NN") || t.contains("JJ") || t.equals("CD") || t.equals("PRP$") || t.equals("VN"))
        && !r.isPunct(j);
  }

  /**
   * The first token of the noun phrase (head and genitives) that ends at or covers {@code j}: back over nouns and
   * adjectives, not into another actor's name nor a preposition or adverb.
   */
  private static int phraseStart(Reading r, Segment seg, int j) {
    int k = j;
    while (k - 1 >= seg.from() && !r.hasMention(k - 1) && nominal(r, k - 1)
        && !r.lex.is(r.key(k - 1), GrammarClass.GOVERNING_PREPOSITION)
        && !r.lex.is(r.folded(k - 1), SyntaxClass.FILLER)) {
      k--;
    }
    return k;
  }

  /** Whether the phrase from {@code head} to an actor at {@code actor} is a quantity of it ("عشرات المحتجين"). */
  private static boolean quantity(Reading r, int head, int actor) {
    for (int k = head; k < actor; k++) {
      if (!quantifier(r, k) && !r.folded(k).equals("من") && !(k > head && describesQuantity(r, k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the phrase at {@code head} follows "من" after a word of quantity ("عشرات من"), which counts it. */
  private static boolean partitive(Reading r, Segment seg, int head) {
    return head - 2 >= seg.from() && r.folded(head - 1).equals("من") && !r.hasMention(head - 2)
        && (quantifier(r, head - 2) || describesQuantity(r, head - 2));
  }

  /** Whether a mention's span starts with a preposition the segmenter split off ("لموسكو", "بمدينة العريش"). */
  static boolean governedSpan(Reading r, ActorSpan m) {
    return !m.implied() && m.first() < m.last() && r.lex.is(r.key(m.first()), GrammarClass.GOVERNING_PREPOSITION);
  }

  /** Whether a preposition governs the phrase that starts at {@code head}. */
  static boolean governed(Reading r, int head) {
    return head > 0 && r.lex.is(r.key(head - 1), GrammarClass.GOVERNING_PREPOSITION);
  }
}
