package org.crosscheck.english.internal.rules;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.Actor;
import org.crosscheck.ActorKind;
import org.crosscheck.spi.ActorSpan;
import org.crosscheck.spi.Sector;

/**
 * Actors the catalog does not list but the text describes with an agent noun: "protesters", "Palestinian youths",
 * "Iraqi police", "activists from the Fatah party", "rebels". The head noun must be an agent noun of the catalog's
 * agent dictionary; its state or organisation comes from a demonym or an actor among its modifiers ("Iraqi
 * police" is Iraq's police, the catalog's composite) or a place of a state it is in ("demonstrators in Baghdad");
 * failing that, from an "of"/"from" phrase ("members of Hamas" belong to Hamas); failing that, the group stands
 * alone when its sector may ({@code group-sectors.tsv}: protesters may, officials may not), or, for "people", when
 * counted as a crowd ("thousands of people"). Nouns of inhabited places ({@code place-nouns.tsv}: "villages") describe
 * no actor. Stateless.
 */
final class CommonNouns {

  private CommonNouns() {}

  /**
   * The actors the noun {@code c} describes: one per state when conjoined demonyms share it ("Hungarian and
   * Romanian officials" are two states' officials, also when the catalog names the last one's group; "U.S. and
   * Russian negotiators", where the parser compounds a state's name), else the one {@link #at} finds.
   */
  static List<ActorSpan> all(Graph g, IndexedWord c) {
    ActorSpan one = at(g, c);
    ActorSpan named = g.mentionOf(c);
    if (one == null && (named == null || named.anonymous())) {
      return List.of();
    }
    String sector = sector(g, c).orElse("");
    List<IndexedWord> demonyms = g.children(c, "amod", "compound").stream()
        .filter(m -> state(g, m) != null && Math.abs(g.idx(m) - g.idx(c)) <= 4).toList();
    List<ActorSpan> out = new ArrayList<>();
    for (IndexedWord m : demonyms) {
      boolean conjoined = demonyms.stream().anyMatch(o -> g.children(o, "conj:and").contains(m)
          || g.children(m, "conj:and").contains(o));
      if (!conjoined) {
        continue;
      }
      Actor dem = state(g, m);
      // A noun of no sector the catalog knows ("Mexican and Colombian traffickers") is no state's group.
      Actor actor = g.ctx.actors().composite(dem, sector)
          .orElse(sector.isEmpty() || Sector.of(sector).isPresent() ? dem : null);
      if (actor != null && out.stream().noneMatch(x -> x.actor().id().equals(actor.id()))) {
        out.add(ActorSpan.of(Math.min(g.idx(m), g.idx(c)), g.idx(c), actor, g.text(g.idx(demonyms.get(0)), g.idx(c))));
      }
    }
    // "the French and German foreign ministers": the catalog may name the last demonym's group; both act.
    if (out.size() >= 2) {
      return List.copyOf(out);
    }
    List<ActorSpan> pair = statePair(g, c, sector);
    return !pair.isEmpty() ? pair : one == null ? List.of() : List.of(one);
  }

  /**
   * A state's name joined by "and" to a name the noun describes ("Mali and Wagner fighters", "X and Y rebels sign a
   * truce"): two parties, the state itself and the named body's group, never one merged group of the state. Empty
   * when the joined name is no mention or names a state, a person or a medium (demonyms are {@link #all}'s).
   */
  private static List<ActorSpan> statePair(Graph g, IndexedWord c, String sector) {
    if (sector.isEmpty()) {
      return List.of();
    }
    List<IndexedWord> modifiers = g.children(c, "compound");
    for (IndexedWord m : modifiers) {
      ActorSpan state = g.mentionOf(m);
      if (state == null || state.actor().kind() != ActorKind.STATE || !g.pos(m).startsWith("NNP")) {
        continue;
      }
      for (IndexedWord o : g.children(m, "conj:and")) {
        ActorSpan named = g.mentionOf(o);
        if (!modifiers.contains(o) || named == null || named.anonymous() || named.media()
            || STATES.contains(named.actor().kind())) {
          continue;
        }
        ActorKind kind = armed(sector) ? ActorKind.ARMED_GROUP : ActorKind.GROUP;
        String text = g.text(named.first(), g.idx(c));
        Actor group = named.actor().kind() == ActorKind.UNKNOWN ? g.ctx.actors().adHoc(text, kind)
            : g.ctx.actors().adHocGroup(text, kind, named.actor());
        return List.of(state, ActorSpan.of(named.first(), g.idx(c), group, text));
      }
    }
    return List.of();
  }

  /** The state a modifier names: a demonym ("Turkish") or a state's name used as one ("Greek" when listed). */
  private static Actor state(Graph g, IndexedWord m) {
    Actor dem = g.demonym(m);
    ActorSpan men = g.mentionOf(m);
    return dem != null ? dem : men != null && men.actor().kind() == ActorKind.STATE ? men.actor() : null;
  }

  /**
   * The entry of {@code group-nouns.tsv} for the noun: its lemma, or the words before it with its lemma ("human
   * rights group", "aid agency"), the longest first.
   */
  private static String[] listed(Graph g, IndexedWord c) {
    int head = g.idx(c);
    int from = listedStart(g, c);
    return from < head ? g.lex.groupNouns.get(g.listedPhrase(from, c)) : g.lex.groupNouns.get(g.lemmaOf(c));
  }

  /** Where the listed phrase of the noun starts ("rights group"), or the noun itself. */
  private static int listedStart(Graph g, IndexedWord c) {
    int head = g.idx(c);
    for (int from = Math.max(0, head - 3); from < head; from++) {
      if (g.lex.groupNouns.containsKey(g.listedPhrase(from, c))) {
        return from;
      }
    }
    return head;
  }

  /** The CAMEO sector the noun names: its entry in {@code group-nouns.tsv}, else the agent dictionaries'. */
  static Optional<String> sector(Graph g, IndexedWord c) {
    String[] listed = listed(g, c);
    if (listed != null) {
      return Optional.of(listed[0]);
    }
    Optional<String> own = g.ctx.actors().agentSector(c.word().toLowerCase(Locale.ROOT))
        .or(() -> g.ctx.actors().agentSector(g.lemmaOf(c)));
    // Only a noun that is an agent by itself is re-read; "Hamas's military wing" stays a part (Parts).
    return own.isPresent() ? modified(g, c).or(() -> own) : own;
  }

  /**
   * The sector of the agent dictionary's phrase that the noun ends with the noun just before it: "rebel leaders
   * in western Libya" are rebels' leaders, not the state's ("leaders" alone are its government).
   */
  private static Optional<String> modified(Graph g, IndexedWord c) {
    int i = g.idx(c);
    if (i == 0) {
      return Optional.empty();
    }
    IndexedWord m = g.node(i - 1);
    // A noun before it ("rebel", "opposition"), not an adjective: "military intelligence" given to Y is no actor.
    if (m == null || !c.equals(g.parent(m)) || !g.relToParent(m).equals("compound")) {
      return Optional.empty();
    }
    return g.ctx.actors().agentSector(m.word().toLowerCase(Locale.ROOT) + " " + g.lemmaOf(c));
  }

  /** Whether the modifier {@code m} is a participle right after a comma: the verb of a clause, misread. */
  private static boolean clauseOpening(Graph g, IndexedWord m) {
    int i = g.idx(m);
    return g.pos(m).equals("VBG") && i > 0 && g.toks.get(i - 1).word().equals(",");
  }

  /** The actor the noun {@code c} describes, or null. */
  static ActorSpan at(Graph g, IndexedWord c) {
    ActorSpan a = g.pos(c).startsWith("NN") ? described(g, c) : null;
    return a == null ? null : LeaderGovernments.of(g, a);
  }

  /**
   * The actor the agent noun {@code c} describes, or null, whatever the tagger made of it: a noun modifying another
   * is often tagged an adjective ("rebel positions", "insurgent hideouts").
   */
  static ActorSpan described(Graph g, IndexedWord c) {
    // "its Foreign Ministry": a ministry written with capitals is still the common noun (NamedEntityNames); so is
    // a listed body noun that ends names ("the Court of Malawi", referring-heads.tsv).
    String lemma = g.lemmaOf(c).toLowerCase(Locale.ROOT);
    boolean common = g.lex.institutionNouns.get(lemma) == EnglishLexicon.InstitutionClass.MINISTRY
        || g.lex.referringHeads.contains(lemma) && g.lex.groupNouns.containsKey(lemma);
    if (g.pos(c).startsWith("NNP") && !common || g.mentionOf(c) != null
        || g.lex.placeNouns.contains(g.lemmaOf(c))) {
      // A village is a place, though the agent dictionary files it with civilians.
      return null;
    }
    ActorSpan led = LedGroups.at(g, c);
    if (led != null) {
      return led;
    }
    // "the Tamarod group accused …", "attacked positions of the Harakat Hazm faction": a name the catalog lacks
    // before a noun of organisations is that organisation, as holder and as target, not only as what members join.
    ActorSpan named = NamedGroups.at(g, c);
    if (named != null) {
      return named;
    }
    String[] listed = listed(g, c);
    Optional<String> sector = sector(g, c);
    if (sector.isEmpty()) {
      return null;
    }
    boolean alone = listed != null ? listed[1].equals("ALONE") || listed[1].equals("COUNTED") && counted(g, c)
        : g.lex.groupsAlone.contains(sector.get().substring(0, Math.min(3, sector.get().length())));
    int from = g.idx(c);
    Actor state = null;
    ActorSpan organisation = null;
    boolean owned = false;
    boolean relative = false;
    for (IndexedWord m : g.children(c, "amod", "compound", "nmod:poss")) {
      relative |= g.pos(m).equals("WP$");
      if (Math.abs(g.idx(m) - g.idx(c)) > 3) {
        continue;
      }
      Actor dem = g.demonym(m);
      ActorSpan men = g.mentionOf(m);
      if (men == null && dem == null) {
        men = OwnedGroups.owner(g, m);
        // "its special envoy": an adjective read after the possessive must not undo whose the group is, or the
        // group is named "its special envoy", one actor for every body's envoy.
        owned |= men != null;
      }
      if (dem != null || men != null && men.actor().kind() == ActorKind.STATE) {
        state = dem != null ? dem : men.actor();
      } else if (men != null && !men.anonymous() && !men.media() && men.actor().kind() != ActorKind.PERSON
          && men.actor().kind() != ActorKind.UNKNOWN) {
        // "the U.N. court", "Hamas militants": a group of an organisation named before it.
        organisation = men;
      }
      // A plural noun before the head is a parse of two phrases as one ("… says targets militants"), not a name, nor
      // is a participle opening a clause ("protested, accusing aid agencies of …"); an adjective of the listed phrase is part of the
      // name ("the electoral commission").
      if (g.idx(m) < from && (dem != null || men != null || g.idx(m) >= listedStart(g, c)
          || !g.pos(m).startsWith("JJ") && !g.pos(m).equals("NNS") && !clauseOpening(g, m) || capitalised(m))) {
        // "Iran-backed militias": the backer names the group with it.
        from = men != null ? Math.min(from, men.first()) : Math.min(from, HyphenAgents.start(g, m));
      }
    }
    if (listed != null) {
      // "civil society groups": the listed phrase is the name, though its first word modifies the second.
      from = Math.min(from, listedStart(g, c));
    }
    if (relative && state == null && organisation == null) {
      // "whose troops" of a person or of nobody named is no group called "whose troops".
      return null;
    }
    int to = g.idx(c);
    boolean uncounted = listed != null && listed[1].equals("COUNTED") && !counted(g, c);
    if (state == null && organisation == null && !uncounted) {
      ActorSpan place = located(g, c, sector.get());
      if (place != null) {
        state = g.ctx.actors().stateOf(place.actor()).orElse(null);
        to = state == null ? to : Math.max(to, place.last());
      }
    }
    String text = g.text(from, to);
    if (state != null) {
      Optional<Actor> composite = g.ctx.actors().composite(state, sector.get());
      if (composite.isPresent()) {
        return ActorSpan.of(from, g.idx(c), composite.get(), text);
      }
    }
    ActorKind kind = armed(sector.get()) ? ActorKind.ARMED_GROUP : ActorKind.GROUP;
    if (relative) {
      // "Uganda, whose troops …" is named for whose they are, as "its fighters" is.
      Actor owner = state != null ? state : organisation.actor();
      return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHocGroup(owner.name() + " " + c.word(), kind, owner), text);
    }
    if (state == null && organisation != null) {
      // "its fighters", "the group's spokesman" are named for whose they are: "Hezbollah fighters".
      Actor owner = organisation.actor();
      if (owned && owner.name().toLowerCase(Locale.ROOT).endsWith(" " + c.word().toLowerCase(Locale.ROOT))) {
        // "the army chief … his forces": the owner already is such a group, the armed forces themselves.
        return ActorSpan.of(from, g.idx(c), owner, text);
      }
      String name = owned ? owner.name() + " " + c.word() : text;
      return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHocGroup(name, kind, organisation.actor()), text);
    }
    List<IndexedWord> links = new ArrayList<>(g.children(c, "nmod:of", "nmod:from"));
    for (IndexedWord adj : g.children(c, "amod")) {
      // "militants loyal to X", "forces allied with X"
      links.addAll(g.children(adj, "obl:to", "obl:with"));
    }
    for (IndexedWord m : links) {
      if (g.pos(m).startsWith("VB") || g.children(m, "amod").stream()
          .anyMatch(a -> g.pos(a).equals("VBG") && g.idx(a) < g.idx(m))) {
        // "accused the rebels of attacking Y": a gerund, or its object the parser hangs on the noun with the gerund
        // as its adjective, tells their deed, not whose they are.
        continue;
      }
      ActorSpan men = g.mentionOf(m) != null ? g.mentionOf(m) : namedBefore(g, m);
      if (men != null && !men.anonymous() && !men.media()) {
        // "fighters from the Hamas militia" ends with the noun of organisations, not with the name before it.
        int end = Math.max(g.idx(c), g.mentionOf(m) == null ? Math.max(men.last(), g.idx(m)) : men.last());
        return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHocGroup(g.text(from, end), kind, men.actor()),
            g.text(from, end));
      }
    }
    if (!alone) {
      return null;
    }
    return ActorSpan.of(from, g.idx(c), g.ctx.actors().adHoc(text, kind), text);
  }

  /**
   * The actor a noun of organisations or groups names before it ("fighters from the CODECO militia", "members of the
   * Hamas movement"), or null.
   */
  private static ActorSpan namedBefore(Graph g, IndexedWord m) {
    if (!g.pos(m).startsWith("NN")
        || !g.lex.organisationHeads.contains(g.lemmaOf(m)) && !g.lex.groupNouns.containsKey(g.lemmaOf(m))) {
      return null;
    }
    return g.children(m, "compound").stream().map(g::mentionOf).filter(java.util.Objects::nonNull).findFirst()
        .orElse(null);
  }

  /**
   * The organisation whose members the noun names, when they are the target of an act ({@code group-nouns.tsv},
   * MEMBERSHIP): "arrested 30 members of the outlawed X Front" is a move against the Front. As holders they stay a
   * group filed under it ("members of Hamas attacked …"); members of a state's body ("members of parliament") are
   * never the state.
   */
  static ActorSpan organisationOfMembers(Graph g, IndexedWord c) {
    String[] listed = g.pos(c).startsWith("NN") ? g.lex.groupNouns.get(g.lemmaOf(c)) : null;
    if (listed == null || !listed[1].equals("MEMBERSHIP")) {
      return null;
    }
    for (IndexedWord m : g.children(c, "nmod:of")) {
      ActorSpan men = g.mentionOf(m);
      if (men != null && !men.anonymous() && !men.media() && !STATES.contains(men.actor().kind())) {
        return men;
      }
      // "members of the Let's Save Togo coalition": an organisation named before a noun of organisations.
      ActorSpan named = men == null ? NamedGroups.at(g, m) : null;
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  /** The kinds of actor whose members are a group of their own, not the actor: states, their bodies, persons. */
  private static final java.util.Set<ActorKind> STATES = java.util.Set.of(ActorKind.STATE, ActorKind.GOVERNMENT,
      ActorKind.PERSON, ActorKind.ROLE);

  /**
   * The place inside a state a group is in, when the group is the state's by convention ("demonstrators in Baghdad",
   * "opposition parties in Nepal", "nurses in Lagos"): not troops, which are often abroad ("troops in Iraq"), nor
   * refugees, who are from elsewhere, nor people the text does not count ("people in Amman say"), nor envoys, whose
   * place is their posting ("its envoy in Vienna", {@code posted-envoys.tsv}), nor people in a city of many
   * international bodies ("a spokesperson in Geneva", {@code host-cities.tsv}).
   */
  private static ActorSpan located(Graph g, IndexedWord c, String sector) {
    if (sector.startsWith("MIL") || sector.startsWith("REF")
        || g.lex.postedEnvoys.contains(g.lemmaOf(c).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (IndexedWord p : g.children(c, "nmod:in")) {
      ActorSpan m = g.mentionOf(p);
      if (m != null && (m.actor().kind() == ActorKind.STATE || m.actor().kind() == ActorKind.GOVERNMENT)
          && !g.lex.hostCities.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether the noun is a crowd of people the text counts: it may act ("thousands of people marched") but is no
   * target ("killed 23 people" names victims, not a party one takes a stance toward).
   */
  static boolean crowd(Graph g, IndexedWord c) {
    String[] listed = g.lex.groupNouns.get(g.lemmaOf(c));
    return listed != null && listed[1].equals("COUNTED");
  }

  /** Whether the noun is counted as a crowd: "thousands of people", "200 people", "hundreds of thousands of …". */
  private static boolean counted(Graph g, IndexedWord c) {
    return !g.children(c, "nummod", "det:qmod").isEmpty();
  }

  private static boolean capitalised(IndexedWord w) {
    return !w.word().isEmpty() && Character.isUpperCase(w.word().charAt(0));
  }

  private static boolean armed(String sector) {
    return sector.startsWith("REB") || sector.startsWith("UAF") || sector.startsWith("INS")
        || sector.startsWith("SEP");
  }
}
