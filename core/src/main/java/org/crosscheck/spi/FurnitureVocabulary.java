package org.crosscheck.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.VocabularyException;

/**
 * What page furniture looks like in a language, read from a profile's {@code furniture.tsv}: the words of share
 * buttons, menus and widgets, the markers that open a "read also" block, and the labels of tag, source, credit and
 * date lines. Core's article parser uses the furniture vocabulary of every registered language (pages mix them:
 * an Arabic article with an English "WhatsApp" button) together with position and shape rules that need no words.
 *
 * <p>One row a line, {@code entry<TAB>PART} (see {@link Part}); an entry may appear under several parts. Words of
 * widgets, read-also markers and tag labels are compared folded ({@link TextForms#fold(CharSequence)}: lower case,
 * Arabic letter variants unified), the other labels as written, ignoring case. Errors read
 * {@code file:line: reason}, as with every {@link Vocabulary} list.
 *
 * <p>Immutable and thread-safe.
 */
public final class FurnitureVocabulary {

  /** What a furniture entry marks. */
  public enum Part {
    /** A word that, on a short line made mostly of such words, marks a button, a menu or a widget: "share". */
    WIDGET,
    /** A widget word that pages also glue to the next word ("arrowالمزيد"); it counts as a widget word too. */
    GLUED_WIDGET,
    /** A phrase that, opening a line after the body started, ends the article: "read also". */
    READ_ALSO,
    /** The label of a tag line, before a colon: "tags". */
    TAG_LABEL,
    /** The label of a source line, before a colon and the outlet: "source". */
    SOURCE_LABEL,
    /** The word after a dash on a credit line under the headline ("Reuters - staff"). */
    CREDIT,
    /** The label of a publication date line: "published on". */
    DATE_LABEL,
    /** A word that precedes an outlet's name and is not part of it ("the", "وكالة"). */
    OUTLET_PREFIX
  }

  private static final FurnitureVocabulary EMPTY = new FurnitureVocabulary(ImmutableSetMultimap.of());

  private final ImmutableSetMultimap<Part, String> entries;

  private FurnitureVocabulary(ImmutableSetMultimap<Part, String> entries) {
    this.entries = entries;
  }

  /** No furniture words: only the position and shape rules apply. */
  public static FurnitureVocabulary empty() {
    return EMPTY;
  }

  /**
   * Reads {@code resource}, relative to {@code anchor}'s package, in the format of the class comment.
   *
   * @throws VocabularyException naming the file and line of the first error
   */
  public static FurnitureVocabulary load(Class<?> anchor, String resource) {
    ImmutableSetMultimap.Builder<Part, String> out = ImmutableSetMultimap.builder();
    for (WordTable.Entry<Part> e : WordTable.read(anchor, resource, Part.class, 2, FurnitureVocabulary::normaliser)) {
      out.put(e.type(), e.word());
    }
    return new FurnitureVocabulary(out.build());
  }

  private static UnaryOperator<String> normaliser(Part part) {
    return switch (part) {
      case WIDGET, GLUED_WIDGET, READ_ALSO, TAG_LABEL -> s -> TextForms.fold(s).strip();
      case SOURCE_LABEL, CREDIT, DATE_LABEL -> s -> s.toLowerCase(Locale.ROOT);
      case OUTLET_PREFIX -> UnaryOperator.identity();
    };
  }

  /**
   * The entries of one part: folded for {@link Part#WIDGET}, {@link Part#GLUED_WIDGET}, {@link Part#READ_ALSO} and
   * {@link Part#TAG_LABEL}; in lower case for the labels matched ignoring case; as written for
   * {@link Part#OUTLET_PREFIX}.
   */
  public Set<String> get(Part part) {
    return entries.get(requireNonNull(part, "part"));
  }
}
