package org.crosscheck.arabic.internal.rules;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.CrosscheckException;
import org.crosscheck.ExtractionException;
import org.crosscheck.spi.TextForms;
import org.crosscheck.spi.Vocabulary;

/**
 * The Arabic word lists ({@code org/crosscheck/arabic/internal/rules/*.tsv}, folded keys), loaded once on first use
 * with core's strict {@link Vocabulary} loader: a bad line fails the load with {@code file:line: reason}. Immutable
 * after loading; thread-safe.
 */
public final class ArabicLexicon {

  /** Kinds of speech markers ({@code speech.tsv}). */
  enum SpeechClass { VERB, PARTICIPLE, SOURCE, QUOTE_NOUN }

  /** Classes of modality and negation words ({@code modality.tsv}). */
  enum ModalityClass {
    NEGATION, PLAN, HEDGE, HEDGE_PARTICLE, CONDITION, TRAILING_CONDITION, FUTURE, CONDITION_PHRASE
  }

  /** Classes of background markers ({@code background.tsv}). */
  enum BackgroundClass { HISTORY, RECENT }

  /** Classes of voice nouns ({@code voices.tsv}). */
  enum VoiceClass { ANALYST, UNNAMED, SPOKESMAN }

  /** Classes of pronouns and pronoun suffixes ({@code pronouns.tsv}). */
  enum PronounClass { STATE, COUNTRY_SUFFIX, WE, WE_SUFFIX, HE_SUFFIX }

  /** Classes of function words and punctuation ({@code grammar.tsv}). */
  enum GrammarClass {
    COMPLEMENTIZER, COLON, OPENING_QUOTE, REPORT_PREPOSITION, HOLDER_PREPOSITION, TARGET_MARKER,
    GOVERNING_PREPOSITION, PURPOSE_LAM, COUNTRY_NOUN, ARTICLE, CONJUNCTION, COMMA, CLAUSE_END, QUOTE,
    AMBIGUOUS_QUOTE, QUESTION_MARK
  }

  /** Classes of the words the argument rules step over or stop at ({@code syntax.tsv}). */
  enum SyntaxClass {
    FILLER, QUANTIFIER, RELATIVE, CLAUSE_LINK, LOCATIVE, LIGHT_VERB, LIGHT_VERB_BI, LIGHT_PREPOSITION,
    PREDICATE_PREPOSITION, PASSIVE_AGENT, SYMMETRIC, TIGHT_PREPOSITION, VERB_PREFIX, SUBORDINATOR,
    RESPONSIBILITY, ATTRIBUTION, LIGHT_MASDAR_BI, AUXILIARY, AGO, DURATION, VERBAL_PARTICLE, ASPECT, CEASING,
    NOUN_GOVERNOR, STANCE_PREPOSITION, DECLARING, AGREEING, SIGNING, AGREEMENT_NOUN,
    DOER_GENITIVE, EVALUATIVE, ACCEPTANCE, NAME_OR_NOUN
  }

  /** Classes of the words around an uncatalogued object of a protest or of violence ({@code objects.tsv}). */
  enum ObjectClass {
    AGAINST, HOSTILE_TO, REMOVAL, DEMAND, OPPONENT, PERSON, WEAPON, GATHERING, OUTING, PROCESSION, CASUALTY, RESULT,
    SELF, PROTESTER, UNDERGO, TIME_LINK, AIM, DEMAND_NOUN, ORGANISE, BELONGING, YIELD, SUMMON, ENVOY, EXPOSED
  }

  final Map<String, SpeechClass> speech;
  /** Stance cues by stem: the curated ones of {@code cues.tsv} first, then the reviewed CAMEO verbs. */
  final ImmutableListMultimap<String, StanceCues.Entry> cues;
  final ArabicStemmer stemmer;
  final EventCodes events;
  final AgentNouns agents;
  final ProtestActs protests;
  private final ImmutableSetMultimap<String, ModalityClass> modality;
  final List<String> conditionPhrases;
  private final Map<String, BackgroundClass> background;
  private final Map<String, VoiceClass> voices;
  private final ImmutableSetMultimap<String, PronounClass> pronouns;
  private final ImmutableSetMultimap<String, GrammarClass> grammar;
  private final ImmutableSetMultimap<String, SyntaxClass> syntax;
  private final ImmutableSetMultimap<String, ObjectClass> objects;
  private final Map<String, VerbReadings.Kind> readings;

  private static final class Holder {
    static final ArabicLexicon INSTANCE = new ArabicLexicon();
  }

  /**
   * The lists, loaded on first use.
   *
   * @throws org.crosscheck.VocabularyException if a list is missing or invalid (on every call, not only the first)
   */
  public static ArabicLexicon get() {
    try {
      return Holder.INSTANCE;
    } catch (ExceptionInInitializerError e) {
      throw e.getCause() instanceof CrosscheckException c ? c
          : new ExtractionException("the Arabic word lists could not be loaded", e.getCause());
    } catch (NoClassDefFoundError e) {
      throw new ExtractionException("the Arabic word lists failed to load earlier in this JVM", e);
    }
  }

  private ArabicLexicon() {
    Class<?> a = ArabicLexicon.class;
    Vocabulary.Shape pairs = Vocabulary.Shape.of(2).folded();
    speech = Vocabulary.classified(a, "speech.tsv", SpeechClass.class, pairs);
    events = EventCodes.load();
    cues = StanceCues.index(Vocabulary.read(a, "cues.tsv", Vocabulary.Shape.of(4).folded()), events);
    agents = AgentNouns.load();
    protests = ProtestActs.load();
    background = Vocabulary.classified(a, "background.tsv", BackgroundClass.class, pairs);
    voices = Vocabulary.classified(a, "voices.tsv", VoiceClass.class, pairs);
    pronouns = multimap(a, "pronouns.tsv", PronounClass.class);
    grammar = multimap(a, "grammar.tsv", GrammarClass.class);
    syntax = multimap(a, "syntax.tsv", SyntaxClass.class);
    objects = multimap(a, "objects.tsv", ObjectClass.class);
    readings = Vocabulary.classified(a, "verb-readings.tsv", VerbReadings.Kind.class, pairs);
    ImmutableSetMultimap<String, ModalityClass> mod = multimap(a, "modality.tsv", ModalityClass.class);
    conditionPhrases = mod.inverse().get(ModalityClass.CONDITION_PHRASE).asList();
    modality = mod;
    Map<ArabicStemmer.Affix, List<String>> affixes = new EnumMap<>(ArabicStemmer.Affix.class);
    Vocabulary.Shape affix = Vocabulary.Shape.of(2).keyFields(2).folded();
    for (Vocabulary.Row r : Vocabulary.read(a, "affixes.tsv", affix)) {
      affixes.computeIfAbsent(r.get(1, ArabicStemmer.Affix.class), k -> new ArrayList<>())
          .add(affix.normalise(r.get(0)));
    }
    stemmer = new ArabicStemmer(affixes);
  }

  /** Rows {@code form<TAB>CLASS} where a form may have several classes, keys folded, in file order. */
  private static <E extends Enum<E>> ImmutableSetMultimap<String, E> multimap(Class<?> anchor, String file,
      Class<E> type) {
    Vocabulary.Shape shape = Vocabulary.Shape.of(2).keyFields(2).folded();
    ImmutableSetMultimap.Builder<String, E> out = ImmutableSetMultimap.builder();
    for (Vocabulary.Row r : Vocabulary.read(anchor, file, shape)) {
      out.put(shape.normalise(r.get(0)), r.get(1, type));
    }
    return out.build();
  }

  /** Whether the folded {@code form} is a function word or mark of class {@code c}. */
  boolean is(String form, GrammarClass c) {
    return grammar.containsEntry(form, c);
  }

  /** Whether the folded {@code form} is a word of syntax class {@code c}. */
  boolean is(String form, SyntaxClass c) {
    return syntax.containsEntry(form, c);
  }

  /** Whether the folded {@code stem} is an object word of class {@code c}. */
  boolean is(String stem, ObjectClass c) {
    return objects.containsEntry(stem, c);
  }

  /** The kind of word of {@code verb-readings.tsv} the folded {@code form} is, or null. */
  VerbReadings.Kind reading(String form) {
    return readings.get(form);
  }

  /** Whether the folded {@code form} is a pronoun of class {@code c}. */
  boolean is(String form, PronounClass c) {
    return pronouns.containsEntry(form, c);
  }

  /** Whether the folded {@code form} is a voice noun of class {@code c}. */
  boolean is(String form, VoiceClass c) {
    return voices.get(form) == c;
  }

  /** Whether the folded {@code form} is a background marker of class {@code c}. */
  boolean is(String form, BackgroundClass c) {
    return background.get(form) == c;
  }

  /** Whether the folded {@code form} has the modality class {@code c}. */
  boolean is(String form, ModalityClass c) {
    return modality.containsEntry(form, c);
  }

  /** The modality classes of a folded word, or failing any, of the word without its article. */
  Set<ModalityClass> modalityOf(String folded) {
    ImmutableSet<ModalityClass> m = modality.get(folded);
    return m.isEmpty() ? modality.get(TextForms.key(folded)) : m;
  }

  /** The words of class {@code c}. */
  ImmutableSet<String> words(GrammarClass c) {
    return grammar.inverse().get(c);
  }
}
