package org.crosscheck.internal.catalog.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.spi.Vocabulary;

/**
 * Reads {@code core/src/catalog/current.txt}, the hand-kept list of actors the 2014 dictionaries lack or get
 * wrong. One actor a line, fields separated by {@code |}:
 *
 * <pre>
 * KIND id [cameo=CODE] [&gt; link; link …] | English names; … | Arabic names; …
 * </pre>
 *
 * A link is {@code [!]actor-id[@from..until]} with ISO dates ({@code until} exclusive); {@code !} marks an office
 * the actor holds. Two directives save typing:
 * <ul>
 *   <li>{@code @state CODE slug | names | Arabic names | demonyms | Arabic demonyms} defines a state and its
 *       government {@code CODEGOV};</li>
 *   <li>{@code @roles CODE president pm fm fmspox king emir crownprince supremeleader} defines the state's usual
 *       offices ({@code president-of-slug} …) with their English and Arabic titles built from its names;</li>
 *   <li>{@code @demonyms CODE | English demonyms | Arabic demonyms} adds demonyms to a state declared on an earlier
 *       line, for a state the dictionaries know whose demonym they lack or file under another state.</li>
 * </ul>
 * The government's and the offices' ids and names come from the templates of {@code name-templates.tsv}, beside
 * the list. A later line with the same id adds names and, if it has links, replaces the links.
 */
final class CuratedList {

  record Item(Actor actor, Map<Language, List<String>> demonyms) {}

  private record StateInfo(String code, String slug, String name, String nameAr, String demonym, String demonymAr) {}

  private final Map<String, ItemBuilder> items = new LinkedHashMap<>();
  private final Map<String, StateInfo> states = new LinkedHashMap<>();
  /** {@code name-templates.tsv}: "kind<TAB>field" → template. */
  private final Map<String, String> templates;

  private static final class ItemBuilder {
    final String id;
    ActorKind kind;
    String cameo;
    final Map<Language, LinkedHashSet<String>> names = new LinkedHashMap<>();
    final Map<Language, LinkedHashSet<String>> demonyms = new LinkedHashMap<>();
    List<Affiliation> links = new ArrayList<>();

    ItemBuilder(String id, ActorKind kind) {
      this.id = id;
      this.kind = kind;
    }
  }

  private CuratedList(Map<String, String> templates) {
    this.templates = templates;
  }

  /** Reads {@code file}, with the name templates of {@code name-templates.tsv} beside it. */
  static CuratedList read(Path file) throws IOException {
    Path names = file.resolveSibling("name-templates.tsv");
    Map<String, String> templates = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(names, StandardCharsets.UTF_8)) {
      for (Vocabulary.Row row : Vocabulary.parse(r, names.toString(), Vocabulary.Shape.of(3).keyFields(2))) {
        templates.put(row.get(0) + "\t" + row.get(1), row.get(2));
      }
    }
    CuratedList c = new CuratedList(Map.copyOf(templates));
    int n = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        c.line(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return c;
  }

  List<Item> items() {
    List<Item> out = new ArrayList<>();
    for (ItemBuilder b : items.values()) {
      Map<Language, List<String>> names = new LinkedHashMap<>();
      b.names.forEach((l, s) -> names.put(l, List.copyOf(s)));
      Map<Language, List<String>> dem = new LinkedHashMap<>();
      b.demonyms.forEach((l, s) -> dem.put(l, List.copyOf(s)));
      out.add(new Item(new Actor(b.id, b.kind, Optional.ofNullable(b.cameo), names, b.links), dem));
    }
    return out;
  }

  private void line(String line) {
    String[] f = line.split("\\|", -1);
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    String[] head = f[0].split("\\s+", 3);
    if (head[0].equals("@state")) {
      state(head, f);
      return;
    }
    if (head[0].equals("@roles")) {
      roles(f[0].split("\\s+"));
      return;
    }
    if (head[0].equals("@demonyms")) {
      demonyms(head, f);
      return;
    }
    ActorKind kind = ActorKind.valueOf(head[0]);
    String id = head[1];
    ItemBuilder b = item(id, kind);
    if (head.length > 2) {
      String rest = head[2];
      int gt = rest.indexOf('>');
      String opts = gt >= 0 ? rest.substring(0, gt) : rest;
      for (String o : opts.strip().split("\\s+")) {
        if (o.startsWith("cameo=")) {
          b.cameo = o.substring(6);
        } else if (!o.isEmpty()) {
          throw new IllegalArgumentException("unknown option " + o);
        }
      }
      if (gt >= 0) {
        b.links = links(rest.substring(gt + 1));
      }
    }
    names(b.names, Language.ENGLISH, f.length > 1 ? f[1] : "");
    names(b.names, Language.ARABIC, f.length > 2 ? f[2] : "");
    if (b.names.isEmpty()) {
      throw new IllegalArgumentException("actor " + id + " has no names");
    }
  }

  private ItemBuilder item(String id, ActorKind kind) {
    ItemBuilder b = items.get(id);
    if (b == null) {
      b = new ItemBuilder(id, kind);
      items.put(id, b);
    } else {
      b.kind = kind;
    }
    return b;
  }

  private static void names(Map<Language, LinkedHashSet<String>> into, Language lang, String field) {
    for (String n : field.split(";")) {
      String t = n.strip();
      if (!t.isEmpty()) {
        into.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(t);
      }
    }
  }

  static List<Affiliation> links(String spec) {
    List<Affiliation> out = new ArrayList<>();
    for (String l : spec.split(";")) {
      String t = l.strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean holds = t.startsWith("!");
      if (holds) {
        t = t.substring(1);
      }
      String id = t;
      Optional<LocalDate> from = Optional.empty();
      Optional<LocalDate> until = Optional.empty();
      int at = t.indexOf('@');
      if (at >= 0) {
        id = t.substring(0, at);
        String[] d = t.substring(at + 1).split("\\.\\.", -1);
        from = d[0].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(d[0].strip()));
        until = d.length < 2 || d[1].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(d[1].strip()));
      }
      out.add(new Affiliation(id, from, until, holds));
    }
    return out;
  }

  private void state(String[] head, String[] f) {
    String code = head[1];
    String slug = head[2];
    ItemBuilder s = item(code, ActorKind.STATE);
    s.cameo = code;
    names(s.names, Language.ENGLISH, f[1]);
    names(s.names, Language.ARABIC, f[2]);
    names(s.demonyms, Language.ENGLISH, f.length > 3 ? f[3] : "");
    names(s.demonyms, Language.ARABIC, f.length > 4 ? f[4] : "");
    String name = first(f[1]);
    String nameAr = first(f[2]);
    String dem = f.length > 3 ? first(f[3]) : name;
    String demAr = f.length > 4 ? first(f[4]) : nameAr;
    states.put(code, new StateInfo(code, slug, name, nameAr, dem, demAr));
    ItemBuilder gov = item(code + "GOV", ActorKind.GOVERNMENT);
    gov.cameo = code + "GOV";
    gov.links = List.of(Affiliation.memberOf(code));
    StateInfo state = states.get(code);
    names(gov.names, Language.ENGLISH, fill("government\ten", state));
    names(gov.names, Language.ARABIC, fill("government\tar", state));
  }

  /** The template {@code kind<TAB>field} of {@code name-templates.tsv} with the state's names filled in. */
  private String fill(String key, StateInfo s) {
    String t = templates.get(key);
    if (t == null) {
      throw new IllegalArgumentException("name-templates.tsv has no " + key.replace('\t', ' '));
    }
    return t.replace("{NAME_AR}", s.nameAr).replace("{DEMONYM_AR}", s.demonymAr).replace("{NAME}", s.name)
        .replace("{DEMONYM}", s.demonym).replace("{SLUG}", s.slug);
  }

  private static String first(String field) {
    return field.split(";")[0].strip();
  }

  private void roles(String[] words) {
    StateInfo s = states.get(words[1]);
    if (s == null) {
      throw new IllegalArgumentException("@roles before @state for " + words[1]);
    }
    for (int i = 2; i < words.length; i++) {
      role(s, words[i]);
    }
  }

  private void demonyms(String[] head, String[] f) {
    ItemBuilder s = head.length > 1 ? items.get(head[1]) : null;
    if (s == null || s.kind != ActorKind.STATE) {
      throw new IllegalArgumentException("@demonyms before a state line for " + (head.length > 1 ? head[1] : "?"));
    }
    names(s.demonyms, Language.ENGLISH, f.length > 1 ? f[1] : "");
    names(s.demonyms, Language.ARABIC, f.length > 2 ? f[2] : "");
    if (s.demonyms.isEmpty()) {
      throw new IllegalArgumentException("@demonyms without a demonym for " + head[1]);
    }
  }

  private void role(StateInfo s, String kind) {
    if (!templates.containsKey(kind + "\tid")) {
      throw new IllegalArgumentException("unknown role template " + kind);
    }
    String gov = s.code + "GOV";
    String id = fill(kind + "\tid", s);
    String en = fill(kind + "\ten", s);
    String ar = fill(kind + "\tar", s);
    ItemBuilder b = item(id, ActorKind.ROLE);
    if (b.links.isEmpty()) {
      b.links = List.of(Affiliation.memberOf(gov));
    }
    names(b.names, Language.ENGLISH, en);
    names(b.names, Language.ARABIC, ar);
  }
}
