package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.spi.Token;

/**
 * Reads the CoNLL-U fixtures of the rule tests ({@code fixtures.conllu}, written by {@link ConllFixturePrinter})
 * into parsed {@link EnglishSentence}s, without any model: tokens with lemma, tag, named-entity tag and span from
 * the MISC column, the enhanced++ graph from the DEPS column.
 */
final class Conll {

  /** A fixture: its text and its parse, with token spans relative to the text. */
  record Fixture(String id, String text, EnglishSentence sentence) {
    /** The sentence with its token spans moved by {@code offset} (where the text starts in an article). */
    EnglishSentence at(int offset) {
      List<Token> moved = new ArrayList<>();
      for (Token t : sentence.tokens()) {
        moved.add(new Token(t.index(), t.word(), t.lemma(), t.tag(), t.begin() + offset, t.end() + offset));
      }
      return EnglishSentence.parsed(moved, sentence.ner(), sentence.graph().orElseThrow());
    }
  }

  private static final Map<String, Fixture> ALL = load();

  private Conll() {}

  /** The fixture with this id. */
  static Fixture get(String id) {
    Fixture f = ALL.get(id);
    if (f == null) {
      throw new IllegalArgumentException("no fixture " + id + " in fixtures.conllu");
    }
    return f;
  }

  private static Map<String, Fixture> load() {
    try (InputStream in = Conll.class.getResourceAsStream("fixtures.conllu")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, Fixture> out = new LinkedHashMap<>();
      for (String block : all.split("\n\\s*\n")) {
        if (block.contains("# id = ")) {
          Fixture f = parse(block.strip());
          out.put(f.id(), f);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses one CoNLL-U block. */
  static Fixture parse(String block) {
    String id = null;
    String text = null;
    List<String[]> rows = new ArrayList<>();
    for (String line : block.split("\n")) {
      if (line.startsWith("# id = ")) {
        id = line.substring(7).strip();
      } else if (line.startsWith("# text = ")) {
        text = line.substring(9);
      } else if (!line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    List<Token> tokens = new ArrayList<>();
    List<String> ner = new ArrayList<>();
    SemanticGraph g = new SemanticGraph();
    List<IndexedWord> nodes = new ArrayList<>();
    for (String[] r : rows) {
      int i = Integer.parseInt(r[0]) - 1;
      String misc = r[9];
      String tag = "O";
      int begin = -1;
      int end = -1;
      for (String kv : misc.split("\\|")) {
        if (kv.startsWith("NER=")) {
          tag = kv.substring(4);
        } else if (kv.startsWith("Span=")) {
          String[] se = kv.substring(5).split("-");
          begin = Integer.parseInt(se[0]);
          end = Integer.parseInt(se[1]);
        }
      }
      tokens.add(new Token(i, r[1], r[2], r[4], begin, end));
      ner.add(tag);
      CoreLabel cl = new CoreLabel();
      cl.setWord(r[1]);
      cl.setValue(r[1]);
      cl.setOriginalText(r[1]);
      cl.setLemma(r[2]);
      cl.setTag(r[4]);
      cl.setIndex(i + 1);
      cl.setSentIndex(0);
      cl.setBeginPosition(begin);
      cl.setEndPosition(end);
      IndexedWord w = new IndexedWord(cl);
      nodes.add(w);
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i)[8].equals("_")) {
        g.addVertex(nodes.get(i));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      String deps = rows.get(i)[8];
      if (deps.equals("_")) {
        continue;
      }
      for (String d : deps.split("\\|")) {
        int colon = d.indexOf(':');
        int head = Integer.parseInt(d.substring(0, colon));
        String rel = d.substring(colon + 1);
        if (head == 0) {
          g.addRoot(nodes.get(i));
        } else {
          g.addEdge(nodes.get(head - 1), nodes.get(i),
              GrammaticalRelation.valueOf(edu.stanford.nlp.international.Language.UniversalEnglish, rel), 1.0,
              false);
        }
      }
    }
    return new Fixture(id, text, EnglishSentence.parsed(tokens, ner, g));
  }
}
