package org.crosscheck.internal.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.Affiliation;
import org.crosscheck.Language;
import org.crosscheck.Mention;
import org.crosscheck.internal.catalog.AliasIndex.Entry;
import org.crosscheck.internal.catalog.AliasIndex.EntryType;
import org.crosscheck.internal.catalog.AliasIndex.Match;
import org.crosscheck.internal.text.MatchForms;
import org.crosscheck.internal.text.Tokens;
import org.crosscheck.internal.text.Tokens.Token;

/**
 * Finds actor mentions in text: longest dictionary matches on folded word forms, then composition of what news
 * writing puts side by side: a demonym and an agent noun ("Russian officials", "الحكومة السورية"), a title and a
 * name ("Kremlin spokesman Dmitry Peskov", "Peskov, the Kremlin spokesman"), an anonymous source and whom it is
 * close to ("a source close to the Kremlin", "مصدر مقرب من الكرملين"), and, in English, capitalised names the
 * catalog lacks. Stateless apart from the index; thread-safe.
 */
public final class MentionFinder {

  private final CatalogIndex catalog;

  public MentionFinder(CatalogIndex catalog) {
    this.catalog = catalog;
  }

  /** A provisional mention over tokens [from, to). */
  private static final class Item {
    int from;
    int to;
    Actor actor;
    Actor title;
    /** For a title or composite: whether it can introduce a name. */
    boolean titleLike;
    Match raw;
    String sector;
    Actor state;

    Item(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  /** Title nouns that end an English title after a demonym, with the sector they give. */
  private static final java.util.Map<String, String> TITLE_NOUNS = java.util.Map.ofEntries(
      java.util.Map.entry("minister", "GOV"), java.util.Map.entry("secretary", "GOV"),
      java.util.Map.entry("spokesman", "GOV"), java.util.Map.entry("spokeswoman", "GOV"),
      java.util.Map.entry("spokesperson", "GOV"), java.util.Map.entry("envoy", "GOV"),
      java.util.Map.entry("ambassador", "GOV"), java.util.Map.entry("president", "GOV"),
      java.util.Map.entry("premier", "GOV"), java.util.Map.entry("adviser", "GOV"),
      java.util.Map.entry("advisor", "GOV"), java.util.Map.entry("aide", "GOV"),
      java.util.Map.entry("official", "GOV"), java.util.Map.entry("diplomat", "GOV"),
      java.util.Map.entry("negotiator", "GOV"), java.util.Map.entry("governor", "GOV"),
      java.util.Map.entry("chancellor", "GOV"), java.util.Map.entry("king", "GOV"),
      java.util.Map.entry("commander", "MIL"), java.util.Map.entry("general", "MIL"),
      java.util.Map.entry("admiral", "MIL"), java.util.Map.entry("colonel", "MIL"));

  private static final Set<String> SOURCE_HEADS_EN = Set.of("source", "sources", "insider", "insiders");
  private static final Set<String> SOURCE_MODS_EN = Set.of("informed", "unnamed", "anonymous", "diplomatic",
      "military", "security", "western", "senior", "knowledgeable", "reliable", "well", "official", "government",
      "intelligence", "local", "private", "several", "two", "three", "some", "a", "an", "the", "other");
  private static final Set<String> SOURCE_LINKS_EN = Set.of("close", "familiar", "in", "within", "at", "from",
      "near", "to", "with", "inside", "the");
  private static final Set<String> SOURCE_HEADS_AR = Set.of("مصدر", "مصادر", "اوساط", "مسوول", "مسوولون",
      "مسوولين");
  private static final Set<String> SOURCE_MODS_AR = Set.of("مقرب", "مقربه", "مقربون", "مقربين", "مطلع", "مطلعه",
      "مطلعون", "مطلعين", "دبلوماسي", "دبلوماسيه", "رفيع", "رفيعه", "امني", "امنيه", "عسكري", "عسكريه", "غربي",
      "غربيه", "خاص", "خاصه", "موثوق", "موثوقه", "رسمي", "رسميه", "وصف", "بارز", "كبير");
  private static final Set<String> SOURCE_LINKS_AR = Set.of("من", "في", "داخل", "لدي", "ب");
  private static final Set<String> ANON_ONLY_WITH_MOD_AR = Set.of("مسوول", "مسوولون", "مسوولين");

  private static final Set<String> NOT_NAMES_EN = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to",
      "at", "by", "with", "from", "as", "but", "or", "this", "that", "these", "those", "it", "he", "she", "they",
      "we", "his", "her", "their", "its", "our", "meanwhile", "however", "according", "during", "after", "before",
      "while", "since", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "mr", "mrs", "ms", "dr", "president", "minister", "prime", "foreign", "deputy", "secretary",
      "spokesman", "spokeswoman", "spokesperson", "general", "state", "news", "agency", "analysis", "background",
      "context", "conclusion", "developments", "key", "next", "what", "broader", "impact", "international",
      "response", "crisis", "escalating", "hostilities", "situation", "evolving", "conflict", "civil", "war",
      // Words that open sentences in capitals without being names.
      "yesterday", "today", "tomorrow", "earlier", "later", "also", "still", "then", "now", "here", "there", "thus",
      "additionally", "moreover", "furthermore", "instead", "indeed", "finally", "first", "second", "last",
      "several", "many", "some", "all", "both", "each", "every", "most", "few", "other", "such", "where", "when",
      "if", "although", "though", "because", "despite", "following", "under", "over", "through", "without",
      "within", "among", "between", "against", "amid", "citing", "speaking", "asked", "looking", "starting",
      "recent", "new", "former", "senior", "top", "officials", "sources", "reports", "analysts", "experts");

  /** Finds mentions in {@code text[from, to)}. */
  public List<Mention> find(String text, int from, int to, Language language, LocalDate date) {
    List<Token> tokens = Tokens.tokenize(text, from, to);
    List<Item> items = rawItems(tokens);
    compose(text, tokens, items, language);
    List<Item> anon = anonymous(text, tokens, items, language);
    List<Item> all = new ArrayList<>();
    for (Item it : items) {
      if (it.actor != null && !covered(anon, it)) {
        all.add(it);
      }
    }
    all.addAll(anon);
    if (language.equals(Language.ENGLISH) || !language.equals(Language.ARABIC) && !tokens.isEmpty()
        && !MatchForms.isArabic(tokens.get(0).folded())) {
      all.addAll(unknownNames(text, tokens, all));
    }
    all.sort(Comparator.comparingInt(i -> i.from));
    List<Mention> out = new ArrayList<>(all.size());
    for (Item it : all) {
      Actor actor = resolveRole(it.actor, date);
      int s = tokens.get(it.from).start();
      int e = tokens.get(it.to - 1).end();
      out.add(new Mention(text.substring(s, e), s, e, actor, Optional.ofNullable(it.title),
          catalog.chain(actor, date)));
    }
    return out;
  }

  /** A role or an office named without its holder resolves to whoever held it on the date. */
  private Actor resolveRole(Actor actor, LocalDate date) {
    if (date != null && catalog.isOffice(actor.id())) {
      return catalog.holderOn(actor.id(), date).orElse(actor);
    }
    return actor;
  }

  private static boolean covered(List<Item> by, Item it) {
    for (Item b : by) {
      if (it.from >= b.from && it.to <= b.to) {
        return true;
      }
    }
    return false;
  }

  private List<Item> rawItems(List<Token> tokens) {
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = catalog.aliases().longestAt(tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      Item it = new Item(m.from(), m.to());
      it.raw = m;
      Entry best = best(m.entries(), EntryType.NAME);
      if (best != null) {
        it.actor = catalog.actor(best.target()).orElse(null);
        it.titleLike = it.actor != null && it.actor.kind() == ActorKind.ROLE;
      } else {
        Entry dem = best(m.entries(), EntryType.DEMONYM);
        Entry ag = best(m.entries(), EntryType.AGENT);
        if (dem != null) {
          it.state = catalog.actor(dem.target()).orElse(null);
        }
        if (ag != null) {
          it.sector = ag.target();
        }
      }
      items.add(it);
      i = m.to();
    }
    return items;
  }

  private Entry best(List<Entry> entries, EntryType type) {
    Entry best = null;
    for (Entry e : entries) {
      if (e.type() != type) {
        continue;
      }
      if (best == null || e.rank() < best.rank()) {
        best = e;
      }
    }
    return best;
  }

  private static boolean adjacent(String text, List<Token> tokens, int leftEnd, int rightStart, boolean allowComma) {
    if (leftEnd != rightStart) {
      return false;
    }
    int a = tokens.get(leftEnd - 1).end();
    int b = tokens.get(rightStart).start();
    boolean possessive = tokens.get(leftEnd - 1).possessive();
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (Character.isWhitespace(c) && c != '\n') {
        continue;
      }
      if (possessive && (c == '\'' || c == '\u2019' || c == 's' || c == 'S') && k < a + 2) {
        continue;
      }
      if (allowComma && (c == ',' || c == '\u060C')) {
        continue;
      }
      return false;
    }
    return true;
  }

  private boolean isState(Item it) {
    return it.actor != null && it.actor.kind() == ActorKind.STATE;
  }

  private Actor stateOf(Item it) {
    return it.state != null ? it.state : isState(it) ? it.actor : null;
  }

  private void compose(String text, List<Token> tokens, List<Item> items, Language language) {
    boolean arabic = language.equals(Language.ARABIC);
    // English: a demonym or a state's possessive, then capitalised words ending in a title noun ("Russian Deputy
    // Energy Minister", "Iran's Oil Minister"): a title of that state's government (or armed forces).
    if (!arabic) {
      for (int k = 0; k < items.size(); k++) {
        Item a = items.get(k);
        Actor state = stateOf(a);
        if (state == null || a.sector != null && a.actor == null && a.state == null) {
          continue;
        }
        int end = a.to;
        int limit = Math.min(tokens.size(), a.to + 5);
        String sector = null;
        while (end < limit && tokens.get(end).capitalized() && agentOrFree(items, end)
            && adjacent(text, tokens, end, end, false)) {
          String f = tokens.get(end).folded();
          end++;
          if (TITLE_NOUNS.containsKey(f)) {
            sector = TITLE_NOUNS.get(f);
            if (end >= tokens.size() || !tokens.get(end).capitalized()
                || !TITLE_NOUNS.containsKey(tokens.get(end).folded())) {
              break;
            }
          }
        }
        if (sector == null || a.actor != null && a.actor.kind() != ActorKind.STATE) {
          continue;
        }
        Optional<Actor> comp = catalog.composite(state.id(), sector);
        if (comp.isPresent()) {
          Item merged = new Item(a.from, end);
          merged.actor = comp.get();
          merged.titleLike = true;
          items.set(k, merged);
          int stop = end;
          items.removeIf(x -> x != merged && x.from > merged.from && x.from < stop);
        }
      }
    }

    // 1. A state (or its demonym) next to an agent noun: "Russian officials", "Turkey's Ministry of Foreign
    //    Affairs", "الحكومة السورية", "وزارة الخارجية الروسية".
    for (int k = 0; k + 1 < items.size(); k++) {
      Item a = items.get(k);
      Item b = items.get(k + 1);
      if (!adjacent(text, tokens, a.to, b.from, false)) {
        continue;
      }
      Item stateItem = arabic ? b : a;
      Item agentItem = arabic ? a : b;
      Actor state = stateOf(stateItem);
      if (state == null || agentItem.sector == null || agentItem.actor != null) {
        continue;
      }
      Optional<Actor> comp = catalog.composite(state.id(), agentItem.sector);
      if (comp.isEmpty()) {
        continue;
      }
      Item merged = new Item(a.from, b.to);
      merged.actor = comp.get();
      merged.titleLike = true;
      items.set(k, merged);
      items.remove(k + 1);
    }
    // 2. Title and name side by side, either order, a comma allowed in apposition.
    for (int k = 0; k + 1 < items.size(); k++) {
      Item a = items.get(k);
      Item b = items.get(k + 1);
      Item person = null;
      Item title = null;
      if (isTitle(a) && (isPerson(b) || isNamedOutlet(a, b)) && (adjacent(text, tokens, a.to, b.from, false)
          || formerBetween(text, tokens, a.to, b.from))) {
        title = a;
        person = b;
      } else if (isPerson(a) && isTitle(b) && appositive(text, tokens, a.to, b.from)) {
        person = a;
        title = b;
      }
      if (person == null) {
        continue;
      }
      Item merged = new Item(a.from, b.to);
      merged.actor = person.actor;
      merged.title = title.actor;
      items.set(k, merged);
      items.remove(k + 1);
    }
    // 3. English: a title followed by a capitalised name the catalog lacks ("Deputy Foreign Minister Andrey
    //    Rudenko"): an ad-hoc person belonging to the title's actor.
    if (!arabic) {
      for (Item it : items) {
        if (!isTitle(it) || it.title != null) {
          continue;
        }
        int j = it.to;
        int end = j;
        while (end < tokens.size() && end - j < 4 && tokens.get(end).capitalized()
            && !NOT_NAMES_EN.contains(tokens.get(end).folded()) && startOfItem(items, end) == null
            && adjacent(text, tokens, end, end, false)) {
          end++;
        }
        if (end - j >= 2) {
          String name = text.substring(tokens.get(j).start(), tokens.get(end - 1).end());
          Actor person = adHoc(name, ActorKind.PERSON, it.actor);
          it.title = it.actor;
          it.actor = person;
          it.to = end;
        }
      }
    }
    // 3'. Arabic: a title followed by a two-word name the catalog lacks ("نائب وزير الخارجية الروسي ألكسندر
    //     غروشكو"): two words that are neither function words nor definite, then a boundary.
    if (arabic) {
      for (Item it : items) {
        if (!isTitle(it) || it.title != null || it.to + 2 > tokens.size()) {
          continue;
        }
        int j = it.to;
        if (nameWordAr(text, tokens.get(j)) && nameWordAr(text, tokens.get(j + 1)) && startOfItem(items, j) == null
            && startOfItem(items, j + 1) == null && adjacent(text, tokens, j, j, false)
            && adjacent(text, tokens, j + 1, j + 1, false) && boundaryAfter(text, tokens, j + 2)) {
          String name = text.substring(tokens.get(j).start(), tokens.get(j + 1).end());
          it.title = it.actor;
          it.actor = adHoc(name, ActorKind.PERSON, it.title);
          it.to = j + 2;
        }
      }
    }
    // Demonyms and agents left alone are not mentions.
    items.removeIf(it -> it.actor == null);
  }

  /** Whether token {@code i} starts no item, or only an agent noun that a longer title may swallow. */
  private static boolean agentOrFree(List<Item> items, int i) {
    Item at = startOfItem(items, i);
    return at == null || at.actor == null && at.sector != null && at.state == null;
  }

  private static final Set<String> FUNCTION_WORDS_AR = Set.of("في", "من", "علي", "الي", "عن", "مع", "ان", "قال",
      "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "ذكر", "اضاف", "اليوم", "امس", "يوم", "خلال", "بعد", "قبل", "حول",
      "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "وقال", "واكد", "كان", "كانت", "قد", "لا", "لم", "لن", "ما",
      "بين", "عند", "منذ", "حتي", "او", "ثم", "كما", "لكن", "نحو", "ضد", "تجاه", "حيث", "بان", "وان", "انه", "انها",
      "السابق", "السابقه", "الجديد", "الجديده", "الحالي");

  /**
   * A word that can be part of a transliterated name: not a function word, and not definite (the article is
   * written with a bare alef; "ألكسندر" with a hamza is a name, "الكسندر" is not read as one).
   */
  private static boolean nameWordAr(String text, Token t) {
    String f = t.folded();
    char first = text.charAt(t.start());
    boolean definite = f.startsWith("ال") && first != '\u0623' && first != '\u0625' || f.startsWith("وال");
    return MatchForms.isArabic(f) && f.length() >= 3 && !definite && !FUNCTION_WORDS_AR.contains(f);
  }

  /** A comma, a full stop, a colon, a quote, the end, or a word that opens what is said (إن، أن، في). */
  private static boolean boundaryAfter(String text, List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return true;
    }
    int a = tokens.get(i - 1).end();
    int b = tokens.get(i).start();
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (",\u060C.:\"«؛".indexOf(c) >= 0) {
        return true;
      }
    }
    String f = tokens.get(i).folded();
    return f.equals("ان") || f.equals("في") || f.equals("خلال") || f.equals("امس") || f.equals("اليوم");
  }

  private static Item startOfItem(List<Item> items, int tokenIndex) {
    for (Item it : items) {
      if (it.from == tokenIndex) {
        return it;
      }
    }
    return null;
  }

  private static final Set<String> FORMER = Set.of("السابق", "السابقه", "former", "then", "late");

  /** "الرئيس السوري السابق بشار الأسد": one "former" word between a title and a name. */
  private static boolean formerBetween(String text, List<Token> tokens, int titleEnd, int nameStart) {
    return nameStart == titleEnd + 1 && FORMER.contains(tokens.get(titleEnd).folded())
        && adjacent(text, tokens, titleEnd, titleEnd, false) && adjacent(text, tokens, nameStart, nameStart, false);
  }

  /** "Peskov, the Kremlin spokesman" / "أوشاكوف، مستشار الكرملين": a comma, maybe "the", then the title. */
  private static boolean appositive(String text, List<Token> tokens, int personEnd, int titleStart) {
    int gap = titleStart - personEnd;
    if (gap > 1 || gap == 1 && !tokens.get(personEnd).folded().equals("the")) {
      return false;
    }
    boolean comma = false;
    for (int k = tokens.get(personEnd - 1).end(); k < tokens.get(personEnd).start(); k++) {
      char c = text.charAt(k);
      if (c == ',' || c == '\u060C') {
        comma = true;
      } else if (!Character.isWhitespace(c) || c == '\n') {
        return false;
      }
    }
    return comma;
  }

  private static boolean isPerson(Item it) {
    return it.actor != null && it.actor.kind() == ActorKind.PERSON && it.title == null;
  }

  /** "the Russian news agency RIA": a media sector title and the outlet's name. */
  private static boolean isNamedOutlet(Item title, Item name) {
    return name.actor != null && name.actor.kind() == ActorKind.MEDIA && title.actor != null
        && title.actor.id().endsWith("MED");
  }

  private static boolean isTitle(Item it) {
    return it.actor != null && (it.actor.kind() == ActorKind.ROLE || it.titleLike && it.actor.kind() != ActorKind.STATE
        && it.actor.kind() != ActorKind.PERSON);
  }

  /** An ad-hoc actor for a name the catalog lacks, belonging to {@code parent} when given. */
  public static Actor adHoc(String surface, ActorKind kind, Actor parent) {
    Actor.Builder b = Actor.builder(org.crosscheck.ActorId.AdHoc.of(kind, surface).value(), kind);
    b.names(MatchForms.isArabic(org.crosscheck.internal.text.ArabicText.fold(surface)) ? Language.ARABIC
        : Language.ENGLISH, surface.strip());
    if (parent != null) {
      b.memberOf(Affiliation.memberOf(parent.id()));
    }
    return b.build();
  }

  // --- anonymous sources -------------------------------------------------------------------------------------

  private List<Item> anonymous(String text, List<Token> tokens, List<Item> items, Language language) {
    List<Item> out = new ArrayList<>();
    boolean arabic = language.equals(Language.ARABIC)
        || !tokens.isEmpty() && MatchForms.isArabic(tokens.get(0).folded());
    for (int i = 0; i < tokens.size(); i++) {
      String f = arabic ? MatchForms.key(tokens.get(i).folded()) : tokens.get(i).folded();
      if (arabic ? !SOURCE_HEADS_AR.contains(f) : !SOURCE_HEADS_EN.contains(f)) {
        continue;
      }
      if (inside(items, i)) {
        continue;
      }
      int start = i;
      boolean modified = false;
      if (!arabic) {
        while (start > 0 && SOURCE_MODS_EN.contains(tokens.get(start - 1).folded())) {
          start--;
          modified |= !Set.of("a", "an", "the").contains(tokens.get(start).folded());
        }
        // "Russian sources", "Kremlin sources": a state, demonym or actor right before the head.
      }
      Actor affiliation = null;
      int end = i + 1;
      Item before = itemEndingAt(items, i);
      if (!arabic && before != null && adjacent(text, tokens, before.to, i, false)) {
        affiliation = before.actor;
        start = Math.min(start, before.from);
      }
      // Look ahead a few words for a modifier and "close to X" / "مقرب من X".
      int limit = Math.min(tokens.size(), i + 8);
      for (int j = i + 1; j < limit; j++) {
        String g = arabic ? MatchForms.key(tokens.get(j).folded()) : tokens.get(j).folded();
        Item at = startOfItem(items, j);
        if (at != null) {
          boolean linked = j > i + 1 && (arabic ? SOURCE_LINKS_AR.contains(prev(tokens, j, true))
              : SOURCE_LINKS_EN.contains(prev(tokens, j, false)));
          boolean demonymRightAfter = arabic && j == i + 1 && at.state != null;
          if (linked || demonymRightAfter || arabic && j == i + 1) {
            affiliation = at.actor != null ? at.actor : at.state;
            end = at.to;
          }
          break;
        }
        if (arabic ? SOURCE_MODS_AR.contains(g) || isArabicSourceModifier(g)
            : SOURCE_MODS_EN.contains(g) || g.equals("close") || g.equals("familiar")) {
          modified = true;
          end = j + 1;
          continue;
        }
        if (arabic ? SOURCE_LINKS_AR.contains(g) : SOURCE_LINKS_EN.contains(g)) {
          continue;
        }
        if (arabic && (g.length() <= 2 || g.equals("المقرب") || g.startsWith("ال"))) {
          continue;
        }
        break;
      }
      // Also a demonym directly after an Arabic head: "أوساط روسية".
      if (arabic && affiliation == null && i + 1 < tokens.size()) {
        Match m = catalog.aliases().longestAt(tokens, i + 1);
        if (m != null && m.from() == i + 1) {
          Entry dem = best(m.entries(), EntryType.DEMONYM);
          if (dem != null) {
            affiliation = catalog.actor(dem.target()).orElse(null);
            end = Math.max(end, m.to());
          }
        }
      }
      boolean officialHead = arabic && ANON_ONLY_WITH_MOD_AR.contains(f);
      if (officialHead && affiliation == null && !modified) {
        continue;
      }
      if (!modified && affiliation == null && !arabic && !f.startsWith("source")) {
        continue;
      }
      Item it = new Item(start, end);
      it.actor = anonymousActor(affiliation);
      out.add(it);
      i = end - 1;
    }
    return out;
  }

  private static boolean isArabicSourceModifier(String g) {
    for (String f : MatchForms.forms(g, true)) {
      if (SOURCE_MODS_AR.contains(f)) {
        return true;
      }
    }
    return false;
  }

  private static String prev(List<Token> tokens, int j, boolean arabic) {
    String p = tokens.get(j - 1).folded();
    return arabic ? MatchForms.key(p) : p;
  }

  private static boolean inside(List<Item> items, int tokenIndex) {
    for (Item it : items) {
      if (tokenIndex >= it.from && tokenIndex < it.to) {
        return true;
      }
    }
    return false;
  }

  private static Item itemEndingAt(List<Item> items, int tokenIndex) {
    for (Item it : items) {
      if (it.to == tokenIndex) {
        return it;
      }
    }
    return null;
  }

  /** An anonymous source, belonging to {@code affiliation} when the text says whom it is close to. */
  Actor anonymousActor(Actor affiliation) {
    String id = new org.crosscheck.ActorId.Anonymous(Optional.ofNullable(affiliation).map(Actor::id)).value();
    Actor.Builder b = Actor.builder(id, ActorKind.ANONYMOUS);
    if (affiliation == null) {
      b.names(Language.ENGLISH, "an unnamed source").names(Language.ARABIC, "مصدر لم يسم");
    } else {
      b.names(Language.ENGLISH, "an unnamed source close to " + definite(affiliation));
      affiliation.name(Language.ARABIC).ifPresent(ar -> b.names(Language.ARABIC, "مصدر مقرب من " + ar));
      b.memberOf(affiliation.id());
    }
    return b.build();
  }

  /** "the Russian government", "Russia", "the Kremlin": institutions take the article, states and people not. */
  static String definite(Actor a) {
    String n = a.name();
    boolean institution = a.kind() == ActorKind.GOVERNMENT || a.kind() == ActorKind.GROUP
        || a.kind() == ActorKind.ARMED_GROUP && !Character.isUpperCase(n.charAt(0));
    return institution && !n.toLowerCase(Locale.ROOT).startsWith("the ") ? "the " + n : n;
  }

  // --- names the catalog lacks ------------------------------------------------------------------------------

  private List<Item> unknownNames(String text, List<Token> tokens, List<Item> known) {
    List<Item> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (inside(known, i) || !isNameWord(tokens.get(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && !inside(known, j) && gapIsSpaceOrHyphen(text, tokens, j) && (isNameWord(tokens.get(j)) || isParticle(tokens, j))) {
        j++;
      }
      while (j > i + 1 && isParticle(tokens, j - 1)) {
        j--;
      }
      boolean sentenceStart = i == 0 || endsSentence(text, tokens.get(i - 1).end(), tokens.get(i).start());
      if (j - i >= 2 && !(sentenceStart && j - i < 2)) {
        Item it = new Item(i, j);
        it.actor = adHoc(text.substring(tokens.get(i).start(), tokens.get(j - 1).end()), ActorKind.UNKNOWN, null);
        out.add(it);
      }
      i = j;
    }
    return out;
  }

  private static boolean gapIsSpaceOrHyphen(String text, List<Token> tokens, int j) {
    int a = tokens.get(j - 1).end();
    int b = tokens.get(j).start();
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return b - a <= 2;
  }

  private static boolean isParticle(List<Token> tokens, int j) {
    String f = tokens.get(j).folded();
    return f.equals("al") || f.equals("bin") || f.equals("ibn") || f.equals("abu") || f.equals("de")
        || f.equals("van") || f.equals("von") || f.equals("el");
  }

  private static boolean isNameWord(Token t) {
    return t.capitalized() && !t.allCaps() && t.folded().length() >= 2 && !NOT_NAMES_EN.contains(t.folded())
        && Character.isLetter(t.folded().charAt(0));
  }

  private static boolean endsSentence(String text, int a, int b) {
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201C') {
        return true;
      }
    }
    return false;
  }
}
