package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.VocabularyException;

/**
 * How news in a language puts actors side by side, for the actor catalog's mention finder: which title nouns end
 * a title ("Deputy Energy Minister") and of which sector, how an anonymous source is written ("a source close to
 * the Kremlin", "مصدر مقرب من الكرملين"), which capitalised words are not names, whether a demonym follows its
 * noun ("الحكومة السورية") or precedes it ("the Syrian government"), and how a name the catalog lacks is told
 * from the words around it. Core's composition rules are the same for every language; this grammar is what they
 * read.
 *
 * <p>The word lists come from a profile's {@code mentions.tsv}, one row a line, {@code word<TAB>CLASS}, or
 * {@code word<TAB>TITLE_NOUN<TAB>SECTOR} (see {@link Word} and {@link Sector}); a word may have several classes.
 * Words are compared folded ({@link TextForms#fold(CharSequence)}: lower case, Arabic letter variants unified),
 * source words in their {@link TextForms#key(String) key form} (without the Arabic article), and
 * {@link Word#NAME_INITIAL} letters as written. Errors read {@code file:line: reason}, as with every
 * {@link Vocabulary} list. The word order and the shape of unknown names are set on the {@link Builder}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MentionGrammar {

  /** Classes of words in {@code mentions.tsv}. */
  public enum Word {
    /** A noun that ends a title after a state or demonym ("Russian Deputy Foreign Minister"); has a sector. */
    TITLE_NOUN,
    /** A capitalised word that does not start or continue a name the catalog lacks ("The", "Monday", "Minister"). */
    NOT_NAME,
    /**
     * A title that a portfolio's capitalised words precede ("Home Affairs Minister", "Petroleum Cabinet Secretary"):
     * those words name an office, not an actor the catalog lacks.
     */
    PORTFOLIO_TITLE,
    /** A lower-case particle inside a name ("al", "bin", "von"); never ends one. */
    NAME_PARTICLE,
    /**
     * A lower-case word that joins the words of an organisation's name after a run holding an {@link
     * #ORGANISATION_HEAD} ("National League for Democracy", "Party of Regions").
     */
    NAME_CONNECTOR,
    /**
     * A lower-case word that joins two runs into one organisation's name when the second ends with an {@link
     * #ORGANISATION_HEAD} and the first does not ("Freedom and Justice Party"; "Labour Party and Green Party" are two
     * parties).
     */
    NAME_CONJUNCTION,
    /** A noun of organisations ("Party", "League", "Movement"), for {@link #NAME_CONNECTOR} and its kin. */
    ORGANISATION_HEAD,
    /**
     * A noun that, ending a run of capitalised words the catalog lacks, makes it the name of a thing, a place or an
     * event, not of an actor ("Partnership Agreement", "Renaissance Dam", "World Cup").
     */
    THING_HEAD,
    /** A word that may stand between a title and the name it precedes ("former", "السابق"). */
    FORMER,
    /** A word that may open a title in apposition after a name and a comma ("Peskov, the Kremlin spokesman"). */
    APPOSITION_ARTICLE,
    /** A word that cannot be part of an uncapitalised name ("في", "قال"). */
    FUNCTION_WORD,
    /** A word after which a name is complete ("إن", "اليوم"). */
    NAME_END,
    /** The definite article as a prefix of the word ("ال"): a definite word is not a name. */
    ARTICLE,
    /** A clitic and the article as a prefix of the word ("وال"): definite even when written with hamza. */
    CLITIC_ARTICLE,
    /**
     * A first letter that makes an article-like prefix part of a name (Arabic "أ" in "ألكسندر": the article is
     * written with a bare alef). Compared as written, one character.
     */
    NAME_INITIAL,
    /** A noun that names an anonymous source by itself ("source", "مصدر"). */
    SOURCE_HEAD,
    /** A source noun that needs a modifier or an affiliation to name one ("insiders", "مسؤول"). */
    QUALIFIED_SOURCE_HEAD,
    /** A word that qualifies a source, before or after the noun ("senior", "informed", "مطلع"). */
    SOURCE_MODIFIER,
    /** A determiner before a source noun ("a", "the"): part of the mention, not a qualification. */
    SOURCE_DETERMINER,
    /** A word that links a source to whom it is close to ("in", "from", "من"). */
    SOURCE_LINK,
    /** A link that also qualifies the source ("close", "familiar"). */
    SOURCE_RELATION
  }

  /** Where a demonym stands relative to the noun it qualifies. */
  public enum DemonymOrder {
    /** Demonyms are not composed with nouns. */
    NONE,
    /** "Russian officials": the demonym first, and modifiers and affiliations of a source before its noun. */
    BEFORE_NOUN,
    /** "المسؤولين الروس": the noun first, and modifiers and affiliations of a source after it. */
    AFTER_NOUN
  }

  /** How a name the catalog lacks is written after a title. */
  public enum NameShape {
    /** Not recognised. */
    NONE,
    /** A run of two to four capitalised words that are not {@link Word#NOT_NAME}s ("Minister Andrey Rudenko"). */
    CAPITALISED,
    /**
     * Two words of the language's script that are neither function words nor definite, then a boundary: a comma,
     * a full stop, a colon, a quote or a {@link Word#NAME_END} word ("الوزير ألكسندر غروشكو، إن").
     */
    TWO_WORDS
  }

  private static final MentionGrammar NONE = builder().build();

  private final ImmutableSetMultimap<Word, String> words;
  private final Map<String, Sector> titleNouns;
  private final DemonymOrder demonymOrder;
  private final NameShape namesAfterTitles;
  private final boolean adHocNames;

  private MentionGrammar(Builder b) {
    this.words = b.words.build();
    this.titleNouns = ImmutableMap.copyOf(b.titleNouns);
    this.demonymOrder = b.demonymOrder;
    this.namesAfterTitles = b.namesAfterTitles;
    this.adHocNames = b.adHocNames;
  }

  /** No words, no composition beyond what needs none (titles next to names the catalog knows). */
  public static MentionGrammar none() {
    return NONE;
  }

  /** A builder of a grammar without words, word order or name shapes. */
  public static Builder builder() {
    return new Builder();
  }

  /** The words of one class, normalised as the class comment says. */
  public Set<String> words(Word word) {
    return words.get(requireNonNull(word, "word"));
  }

  /** Whether {@code form} is a word of class {@code word}. */
  public boolean is(Word word, String form) {
    return words.containsEntry(word, form);
  }

  /** Title nouns and the sector each gives a title ("minister" → GOV, "general" → MIL). */
  public Map<String, Sector> titleNouns() {
    return titleNouns;
  }

  /** Where demonyms stand. */
  public DemonymOrder demonymOrder() {
    return demonymOrder;
  }

  /** How names the catalog lacks are written after a title. */
  public NameShape namesAfterTitles() {
    return namesAfterTitles;
  }

  /** Whether runs of capitalised words the catalog lacks become ad-hoc actors of unknown kind ("Zorblat Quenne"). */
  public boolean adHocNames() {
    return adHocNames;
  }

  /** Builds a {@link MentionGrammar}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSetMultimap.Builder<Word, String> words = ImmutableSetMultimap.builder();
    private final Map<String, Sector> titleNouns = new LinkedHashMap<>();
    private DemonymOrder demonymOrder = DemonymOrder.NONE;
    private NameShape namesAfterTitles = NameShape.NONE;
    private boolean adHocNames;

    private Builder() {}

    /**
     * Adds the words of {@code resource}, relative to {@code anchor}'s package, in the format of the class comment.
     *
     * @throws VocabularyException naming the file and line of the first error
     */
    public Builder words(Class<?> anchor, String resource) {
      for (WordTable.Entry<Word> e : WordTable.read(anchor, resource, Word.class, 3, MentionGrammar::normaliser)) {
        if (e.type() == Word.TITLE_NOUN) {
          WordTable.expectFields(e, 3);
          titleNouns.put(e.word(), e.row().get(2, Sector.class));
        } else {
          WordTable.expectFields(e, 2);
        }
        if (e.type() == Word.NAME_INITIAL && e.word().length() != 1) {
          throw e.row().fail("a NAME_INITIAL is one letter, found '" + e.word() + "'");
        }
        words.put(e.type(), e.word());
      }
      return this;
    }

    /** Where demonyms stand; {@link DemonymOrder#NONE} by default. */
    public Builder demonymOrder(DemonymOrder order) {
      this.demonymOrder = requireNonNull(order, "order");
      return this;
    }

    /** How names the catalog lacks are written after a title; {@link NameShape#NONE} by default. */
    public Builder namesAfterTitles(NameShape shape) {
      this.namesAfterTitles = requireNonNull(shape, "shape");
      return this;
    }

    /** Whether capitalised names the catalog lacks become ad-hoc actors; false by default. */
    public Builder adHocNames(boolean adHoc) {
      this.adHocNames = adHoc;
      return this;
    }

    public MentionGrammar build() {
      return new MentionGrammar(this);
    }
  }

  private static UnaryOperator<String> normaliser(Word word) {
    return switch (word) {
      case NAME_INITIAL -> String::strip;
      case SOURCE_HEAD, QUALIFIED_SOURCE_HEAD, SOURCE_MODIFIER, SOURCE_DETERMINER, SOURCE_LINK, SOURCE_RELATION ->
          s -> TextForms.key(TextForms.fold(s).strip());
      default -> s -> TextForms.fold(s).strip();
    };
  }
}
