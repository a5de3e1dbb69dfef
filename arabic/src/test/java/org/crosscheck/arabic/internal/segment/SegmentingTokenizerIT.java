package org.crosscheck.arabic.internal.segment;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.crosscheck.arabic.internal.ArabicPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SegmentingTokenizer} against CoreNLP's own Arabic {@code tokenize,ssplit,pos} on invented text. */
class SegmentingTokenizerIT {

  private static StanfordCoreNLP coreNlp;
  private static AnnotationPipeline ours;
  private static SegmentingTokenizer tokenizer;

  @BeforeAll
  static void load() {
    Properties p = ArabicPipelines.properties();
    coreNlp = new StanfordCoreNLP(p);
    tokenizer = new SegmentingTokenizer(p);
    ours = new AnnotationPipeline();
    ours.addAnnotator(tokenizer);
    ours.addAnnotator(new POSTaggerAnnotator("pos", p));
  }

  /** Every token's word, original text, offsets, tag and newline flag, sentence by sentence. */
  private static List<String> read(AnnotationPipeline pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add("sentence " + s.get(CoreAnnotations.TokenBeginAnnotation.class) + "-"
          + s.get(CoreAnnotations.TokenEndAnnotation.class));
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        out.add(l.word() + " " + l.originalText() + " " + l.beginPosition() + "-" + l.endPosition() + " " + l.tag()
            + " " + l.get(CoreAnnotations.IsNewlineAnnotation.class)
            + " " + l.get(CoreAnnotations.TokenBeginAnnotation.class));
      }
    }
    return out;
  }

  @Test
  void givesCoreNlpsTokensOffsetsTagsAndSentencesOnInventedNews() {
    String text = "وزارة الخارجية: الوفد سيصل غداً إلى العاصمة\n\n"
        + "وقالت المتحدثة باسمها للصحفيين إن بلادها ترحب بالمبادرة، وستدعمها بكل الوسائل.\r\n"
        + "وأكدوا أنهم لن يقبلوا بالشروط الجديدة التي وضعتها الحكومة في 12 مارس 2021!\n"
        + "هل سيعودون؟ نعم... ربما. كتبوها بالقلم والكتاب وللمدرسة ولمدرستهم.\n"
        + "الـــوزيـــر يُشِيدُ بِالاتّفاقِ مع شركة ACME الدولية (مقرها لندن) بنسبة 45.5%";
    assertThat(read(ours, text)).isEqualTo(read(coreNlp, text));
  }

  @Test
  void givesCoreNlpsTokensOnGeneratedLines() {
    String[] words = {"قال", "وقال", "الوزير", "والوزير", "بالوزير", "للوزير", "إن", "أن", "بأن", "لأن", "الحكومة",
        "وحكومته", "سيزور", "يزورها", "زاروهم", "المدينة", "بمدينتنا", "وفي", "في", "على", "عليها", "من", "منهم",
        "الجيش", "وجيشها", "قواتهم", "المتظاهرين", "يحتجون", "احتجاجاً", "رفضت", "ترفضه", "سنرفضها", "مقترح",
        "بالمقترحات", "الأمم", "المتحدة", "للسلام", "والأمن", "٢٠٢٤", "2024", "،", ".", "؟", ":", "«", "»", "ـ",
        "كتاب", "وبكتابهم", "فسيكتبونها", "ى", "إلى", "حتى", "مستشفى", "مستشفيات", "قالت:", "–", "x", "AB"};
    Random r = new Random(1430);
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 300; line++) {
      int n = 1 + r.nextInt(25);
      for (int i = 0; i < n; i++) {
        text.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? "" : " ");
      }
      text.append(r.nextInt(6) == 0 ? "\n\n" : "\n");
    }
    long before = tokenizer.decoderCounts()[0];
    assertThat(read(ours, text.toString())).isEqualTo(read(coreNlp, text.toString()));
    assertThat(tokenizer.decoderCounts()[0] - before).as("lines decoded by our decoder").isGreaterThan(250);
  }

  @Test
  void givesCoreNlpsAnswerForEmptyAndBlankText() {
    for (String text : new String[] {"", "\n", " \n \n", "،"}) {
      assertThat(read(ours, text)).as(text).isEqualTo(read(coreNlp, text));
    }
  }
}
