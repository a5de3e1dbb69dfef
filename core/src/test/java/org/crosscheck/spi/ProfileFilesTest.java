package org.crosscheck.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosscheck.Language;
import org.crosscheck.VocabularyException;
import org.crosscheck.spi.FurnitureVocabulary.Part;
import org.crosscheck.spi.MentionGrammar.Word;
import org.junit.jupiter.api.Test;

/** The profile file loaders: as strict as every word list, and normalising entries the way they are compared. */
class ProfileFilesTest {

  private static final Class<?> HERE = ProfileFilesTest.class;
  private static final String DIR = "org/crosscheck/spi/";

  @Test
  void refusesADatePatternWithAnUnknownPlaceholderNamingFileAndLine() {
    assertThatThrownBy(() -> DateVocabulary.load(HERE, "bad-dates-placeholder.tsv"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageStartingWith(DIR + "bad-dates-placeholder.tsv:3: ").hasMessageContaining("{DAY}");
  }

  @Test
  void refusesADatePatternWithoutTheGroupsOfItsKind() {
    assertThatThrownBy(() -> DateVocabulary.load(HERE, "bad-dates-group.tsv"))
        .hasMessageStartingWith(DIR + "bad-dates-group.tsv:3: ").hasMessageContaining("(?<year>");
  }

  @Test
  void refusesADatePatternThatIsNoRegularExpression() {
    assertThatThrownBy(() -> DateVocabulary.load(HERE, "bad-dates-regex.tsv"))
        .hasMessageStartingWith(DIR + "bad-dates-regex.tsv:3: ").hasMessageContaining("not a regular expression");
  }

  @Test
  void refusesAMonthOutOfRangeAndAPlaceholderWithoutWords() {
    assertThatThrownBy(() -> DateVocabulary.load(HERE, "bad-dates-month.tsv"))
        .hasMessageStartingWith(DIR + "bad-dates-month.tsv:2: ").hasMessageContaining("1 to 12");
    assertThatThrownBy(() -> DateVocabulary.load(HERE, "bad-dates-no-words.tsv"))
        .hasMessageStartingWith(DIR + "bad-dates-no-words.tsv:3: ").hasMessageContaining("no WEEKDAY rows");
  }

  @Test
  void refusesAnUnknownSectorADuplicateAfterFoldingAndALongInitial() {
    assertThatThrownBy(() -> MentionGrammar.builder().words(HERE, "bad-mentions-sector.tsv"))
        .hasMessageStartingWith(DIR + "bad-mentions-sector.tsv:2: ").hasMessageContaining("unknown Sector 'GOVT'");
    assertThatThrownBy(() -> MentionGrammar.builder().words(HERE, "bad-mentions-duplicate.tsv"))
        .hasMessageStartingWith(DIR + "bad-mentions-duplicate.tsv:4: ").hasMessageContaining("duplicate")
        .hasMessageContaining("first on line 2");
    assertThatThrownBy(() -> MentionGrammar.builder().words(HERE, "bad-mentions-initial.tsv"))
        .hasMessageStartingWith(DIR + "bad-mentions-initial.tsv:2: ").hasMessageContaining("one letter");
  }

  @Test
  void normalisesMentionWordsAsTheyAreCompared() {
    MentionGrammar g = MentionGrammar.builder().words(HERE, "good-mentions.tsv").build();
    // Source words in key form (folded, without the Arabic article); initials as written.
    assertThat(g.words(Word.SOURCE_HEAD)).containsExactly("مصادر");
    assertThat(g.is(Word.FORMER, "former")).isTrue();
    assertThat(g.words(Word.NAME_INITIAL)).containsExactly("أ");
    assertThat(g.titleNouns()).containsEntry("general", Sector.MIL);
  }

  @Test
  void refusesAnUnknownFurniturePartAndFoldsWhatIsComparedFolded() {
    assertThatThrownBy(() -> FurnitureVocabulary.load(HERE, "bad-furniture-part.tsv"))
        .hasMessageStartingWith(DIR + "bad-furniture-part.tsv:2: ").hasMessageContaining("unknown Part 'BUTTON'");
    FurnitureVocabulary f = FurnitureVocabulary.load(HERE, "good-furniture.tsv");
    assertThat(f.get(Part.READ_ALSO)).containsExactly("اخبار ذات صله");
    assertThat(f.get(Part.WIDGET)).containsExactly("share");
    assertThat(f.get(Part.DATE_LABEL)).containsExactly("published");
    assertThat(f.get(Part.OUTLET_PREFIX)).containsExactly("The");
  }

  @Test
  void refusesATemplateWithoutItsPlaceholdersAndFillsThem() {
    assertThatThrownBy(() -> ActorNaming.load(HERE, "good-sectors.tsv", "bad-names-template.tsv"))
        .hasMessageStartingWith(DIR + "bad-names-template.tsv:2: ").hasMessageContaining("{SECTOR}");
    ActorNaming names = ActorNaming.load(HERE, "good-sectors.tsv", "good-actor-names.tsv");
    assertThat(names.composite("Zembla", Sector.GOV)).contains("Zembla government");
    // One pass: a name with braces is not read as a placeholder.
    assertThat(names.composite("Zembla {SECTOR}", Sector.GOV)).contains("Zembla {SECTOR} government");
    assertThat(names.composite("Zembla", Sector.MIL)).isEmpty();
    assertThat(names.anonymousCloseTo("the Palace")).contains("a source near the Palace");
    assertThat(names.template(ActorNaming.Template.ANONYMOUS)).isEmpty();
  }

  @Test
  void buildsAnEmptyProfileWithEveryPartEmpty() {
    LanguageProfile p = LanguageProfile.empty(Language.of("qaa"));
    assertThat(p.dates().templates()).isEmpty();
    assertThat(p.furniture().get(Part.WIDGET)).isEmpty();
    assertThat(p.mentions().demonymOrder()).isEqualTo(MentionGrammar.DemonymOrder.NONE);
    assertThat(p.actorNames().sector(Sector.GOV)).isEmpty();
    assertThat(p.detectionWords()).isEmpty();
    assertThat(p.script()).isEmpty();
  }
}
