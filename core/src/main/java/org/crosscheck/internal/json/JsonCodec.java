package org.crosscheck.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ActorKind;
import org.crosscheck.ActorRef;
import org.crosscheck.Article;
import org.crosscheck.ArticleSummary;
import org.crosscheck.Attribution;
import org.crosscheck.Claim;
import org.crosscheck.ConflictKind;
import org.crosscheck.ConflictReason;
import org.crosscheck.DateSource;
import org.crosscheck.Evidence;
import org.crosscheck.Language;
import org.crosscheck.Modality;
import org.crosscheck.Stance;
import org.crosscheck.StanceConflict;
import org.crosscheck.StanceReport;
import org.crosscheck.Timeline;

/**
 * Builds and reads the JSON documents of schema version {@value #SCHEMA_VERSION} with Jackson's tree model, so
 * the field names are written out here, in one place, rather than derived from Java names. Thread-safe.
 */
public final class JsonCodec {

  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonCodec() {}

  public static String write(JsonNode node, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static JsonNode read(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  public static ObjectNode object() {
    return F.objectNode();
  }

  public static ArrayNode array() {
    return F.arrayNode();
  }

  // --- writing -------------------------------------------------------------------------------------------------

  public static ObjectNode article(Article a, boolean withText) {
    ObjectNode o = article(ArticleSummary.of(a));
    if (withText) {
      o.put("text", a.text());
    }
    return o;
  }

  public static ObjectNode article(ArticleSummary a) {
    ObjectNode o = F.objectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("title", a.title());
    putOpt(o, "outlet", a.outlet());
    putOpt(o, "published", a.published().map(LocalDate::toString));
    putOpt(o, "publishedTime", a.publishedTime().map(Object::toString));
    o.put("language", a.language().code());
    o.put("paragraphs", a.paragraphs());
    ArrayNode w = o.putArray("warnings");
    a.warnings().forEach(w::add);
    return o;
  }

  /** {@code {"mentions":[{"text","start","end","actor":{"id","name","nameAr","kind","cameo"},"chain":[ids]}]}}. */
  public static ObjectNode mentions(List<org.crosscheck.Mention> mentions) {
    ObjectNode o = F.objectNode();
    ArrayNode arr = o.putArray("mentions");
    for (org.crosscheck.Mention m : mentions) {
      ObjectNode mo = arr.addObject();
      mo.put("text", m.text());
      mo.put("start", m.start());
      mo.put("end", m.end());
      ObjectNode a = mo.putObject("actor");
      a.put("id", m.actor().id());
      a.put("name", m.actor().name());
      putOpt(a, "nameAr", m.actor().name(Language.ARABIC));
      a.put("kind", m.actor().kind().name());
      putOpt(a, "cameo", m.actor().cameo());
      if (m.title().isPresent()) {
        mo.put("title", m.title().get().id());
      }
      ArrayNode chain = mo.putArray("chain");
      m.chain().forEach(chain::add);
    }
    return o;
  }

  public static ObjectNode actor(ActorRef r) {
    ObjectNode o = F.objectNode();
    o.put("id", r.id());
    o.put("name", r.name());
    o.put("mention", r.mention());
    o.put("kind", r.kind().name());
    o.put("catalogued", r.catalogued());
    return o;
  }

  public static ObjectNode claim(Claim c) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    o.put("article", c.article());
    o.put("language", c.language().code());
    o.set("actor", actor(c.actor()));
    o.set("speaker", c.speaker().<JsonNode>map(JsonCodec::actor).orElse(F.nullNode()));
    o.set("target", c.target().<JsonNode>map(JsonCodec::actor).orElse(F.nullNode()));
    o.put("stance", c.stance().name());
    o.put("cue", c.cue());
    o.put("negated", c.negated());
    o.put("modality", c.modality().name());
    ObjectNode at = o.putObject("attribution");
    ArrayNode chain = at.putArray("chain");
    for (Attribution.Voice v : c.attribution().chain()) {
      ObjectNode vo = chain.addObject();
      vo.put("role", v.role().name());
      vo.put("name", v.name());
      putOpt(vo, "actorId", v.actorId());
    }
    at.put("anonymous", c.attribution().anonymous());
    at.put("direct", c.attribution().direct());
    ObjectNode ev = o.putObject("evidence");
    ev.put("text", c.evidence().text());
    ev.put("start", c.evidence().start());
    ev.put("end", c.evidence().end());
    ev.put("part", c.evidence().part().name().toLowerCase(java.util.Locale.ROOT));
    putOpt(o, "date", c.date().map(LocalDate::toString));
    o.put("dateSource", c.dateSource().name());
    putOpt(o, "dateText", c.dateText());
    putOpt(o, "monthDay", c.monthDay().map(java.time.MonthDay::toString));
    o.put("confidence", c.confidence());
    if (c.event().isPresent()) {
      ObjectNode e = o.putObject("event");
      e.put("code", c.event().get().code());
      e.put("label", c.event().get().label());
    } else {
      o.putNull("event");
    }
    return o;
  }

  private static ObjectNode ref(ActorRef r) {
    ObjectNode o = F.objectNode();
    o.put("id", r.id());
    o.put("name", r.name());
    o.put("kind", r.kind().name());
    return o;
  }

  public static ObjectNode conflict(StanceConflict c) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    o.put("kind", c.kind().name());
    o.set("holder", ref(c.holder()));
    o.set("target", ref(c.target()));
    ArrayNode ids = o.putArray("claims");
    c.claims().forEach(x -> ids.add(x.id()));
    ArrayNode cor = o.putArray("corroborations");
    c.corroborations().forEach(x -> cor.add(x.id()));
    o.put("score", c.score());
    ArrayNode rs = o.putArray("reasons");
    c.reasons().forEach(r -> rs.add(r.name()));
    o.put("explanation", c.explanation());
    ArrayNode ks = o.putArray("kinds");
    c.kinds().forEach(k -> ks.add(k.name()));
    return o;
  }

  public static ObjectNode timeline(Timeline t) {
    ObjectNode o = F.objectNode();
    o.set("holder", ref(t.holder()));
    o.set("target", ref(t.target()));
    ArrayNode es = o.putArray("entries");
    for (Timeline.Entry e : t.entries()) {
      ObjectNode eo = es.addObject();
      putOpt(eo, "date", e.date().map(LocalDate::toString));
      eo.put("stance", e.stance().name());
      eo.put("modality", e.modality().name());
      putOpt(eo, "outlet", e.outlet());
      eo.put("language", e.language().code());
      eo.put("claim", e.claim());
    }
    return o;
  }

  /** The analysis document: schema version, articles, claims, conflicts, agreements, timelines. */
  public static ObjectNode report(List<ArticleSummary> articles, StanceReport report) {
    ObjectNode o = F.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode as = o.putArray("articles");
    articles.forEach(a -> as.add(article(a)));
    ArrayNode cs = o.putArray("claims");
    report.claims().forEach(c -> cs.add(claim(c)));
    ArrayNode co = o.putArray("conflicts");
    report.conflicts().forEach(c -> co.add(conflict(c)));
    ArrayNode ag = o.putArray("agreements");
    report.agreements().forEach(c -> ag.add(conflict(c)));
    ArrayNode tl = o.putArray("timelines");
    report.timelines().forEach(t -> tl.add(timeline(t)));
    return o;
  }

  private static void putOpt(ObjectNode o, String field, Optional<String> v) {
    if (v.isPresent()) {
      o.put(field, v.get());
    } else {
      o.putNull(field);
    }
  }

  // --- reading -------------------------------------------------------------------------------------------------

  /** Reads the report part of an analysis document back. */
  public static StanceReport readReport(JsonNode doc) {
    int version = doc.path("schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      throw new IllegalArgumentException("unsupported schemaVersion " + doc.path("schemaVersion")
          + " (this version of Crosscheck reads " + SCHEMA_VERSION + ")");
    }
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (JsonNode c : doc.path("claims")) {
      Claim claim = readClaim(c);
      claims.put(claim.id(), claim);
    }
    List<StanceConflict> conflicts = new ArrayList<>();
    for (JsonNode c : doc.path("conflicts")) {
      conflicts.add(readConflict(c, claims));
    }
    List<StanceConflict> agreements = new ArrayList<>();
    for (JsonNode c : doc.path("agreements")) {
      agreements.add(readConflict(c, claims));
    }
    List<Timeline> timelines = new ArrayList<>();
    for (JsonNode t : doc.path("timelines")) {
      timelines.add(readTimeline(t));
    }
    return new StanceReport(new ArrayList<>(claims.values()), conflicts, agreements, timelines);
  }

  /** Reads a timeline written by {@link #timeline(Timeline)}. */
  public static Timeline readTimeline(JsonNode t) {
    List<Timeline.Entry> entries = new ArrayList<>();
    for (JsonNode e : t.path("entries")) {
      entries.add(new Timeline.Entry(optDate(e, "date"), Stance.valueOf(text(e, "stance")),
          Modality.valueOf(text(e, "modality")), optText(e, "outlet"), Language.of(text(e, "language")),
          text(e, "claim")));
    }
    return new Timeline(readRef(t.path("holder")), readRef(t.path("target")), entries);
  }

  /**
   * An article summary with every field, {@code "characters"} included, for storage: {@link #readSummary} reads it
   * back equal.
   */
  public static ObjectNode summary(ArticleSummary a) {
    ObjectNode o = article(a);
    o.put("characters", a.characters());
    return o;
  }

  /** Reads a summary written by {@link #summary(ArticleSummary)}. */
  public static ArticleSummary readSummary(JsonNode a) {
    List<String> warnings = new ArrayList<>();
    a.path("warnings").forEach(w -> warnings.add(w.asText()));
    return new ArticleSummary(text(a, "id"), text(a, "source"), text(a, "title"), optText(a, "outlet"),
        optDate(a, "published"), optText(a, "publishedTime").map(java.time.LocalTime::parse),
        Language.of(text(a, "language")), a.path("paragraphs").asInt(), a.path("characters").asInt(), warnings);
  }

  public static Claim readClaim(JsonNode c) {
    List<Attribution.Voice> chain = new ArrayList<>();
    for (JsonNode v : c.path("attribution").path("chain")) {
      chain.add(new Attribution.Voice(Attribution.Role.valueOf(text(v, "role")), text(v, "name"),
          optText(v, "actorId")));
    }
    JsonNode ev = c.path("evidence");
    return new Claim(text(c, "id"), text(c, "article"), Language.of(text(c, "language")), readActor(c.path("actor")),
        optActor(c.path("speaker")), optActor(c.path("target")), Stance.valueOf(text(c, "stance")), text(c, "cue"),
        c.path("negated").asBoolean(), Modality.valueOf(text(c, "modality")),
        new Attribution(chain, c.path("attribution").path("anonymous").asBoolean(),
            c.path("attribution").path("direct").asBoolean()),
        optDate(c, "date"), DateSource.valueOf(text(c, "dateSource")), optText(c, "dateText"),
        optText(c, "monthDay").map(java.time.MonthDay::parse),
        new Evidence(text(ev, "text"), ev.path("start").asInt(), ev.path("end").asInt(),
            optText(ev, "part").map(p -> Evidence.Part.valueOf(p.toUpperCase(java.util.Locale.ROOT)))
                .orElse(Evidence.Part.BODY)),
        c.path("confidence").asDouble(),
        c.path("event").isObject() ? Optional.of(new org.crosscheck.EventCode(text(c.path("event"), "code"),
            text(c.path("event"), "label"))) : Optional.empty());
  }

  /** Reads a conflict whose claims are in {@code claims}; documents written before "kinds" existed read too. */
  public static StanceConflict readConflict(JsonNode c, Map<String, Claim> claims) {
    ConflictKind kind = ConflictKind.valueOf(text(c, "kind"));
    List<ConflictKind> kinds = new ArrayList<>();
    c.path("kinds").forEach(k -> kinds.add(ConflictKind.valueOf(k.asText())));
    return new StanceConflict(text(c, "id"), kind, readRef(c.path("holder")),
        readRef(c.path("target")), claimsOf(c.path("claims"), claims), claimsOf(c.path("corroborations"), claims),
        c.path("score").asDouble(), reasons(c.path("reasons")), text(c, "explanation"),
        kinds.isEmpty() ? List.of(kind) : kinds);
  }

  private static List<ConflictReason> reasons(JsonNode arr) {
    List<ConflictReason> out = new ArrayList<>();
    arr.forEach(r -> out.add(ConflictReason.valueOf(r.asText())));
    return out;
  }

  private static List<Claim> claimsOf(JsonNode ids, Map<String, Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (JsonNode id : ids) {
      Claim c = claims.get(id.asText());
      if (c == null) {
        throw new IllegalArgumentException("the report refers to claim '" + id.asText() + "' it does not hold");
      }
      out.add(c);
    }
    return out;
  }

  private static ActorRef readRef(JsonNode r) {
    String name = text(r, "name");
    ActorKind kind = r.hasNonNull("kind") ? ActorKind.valueOf(r.get("kind").asText()) : ActorKind.UNKNOWN;
    return new ActorRef(text(r, "id"), name, kind, name, !(org.crosscheck.ActorId.parse(text(r, "id")) instanceof org.crosscheck.ActorId.AdHoc));
  }

  private static ActorRef readActor(JsonNode r) {
    return new ActorRef(text(r, "id"), text(r, "name"), ActorKind.valueOf(text(r, "kind")), text(r, "mention"),
        r.path("catalogued").asBoolean(true));
  }

  private static Optional<ActorRef> optActor(JsonNode r) {
    return r == null || r.isNull() || r.isMissingNode() ? Optional.empty() : Optional.of(readActor(r));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v.asText();
  }

  private static Optional<String> optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static Optional<LocalDate> optDate(JsonNode n, String field) {
    return optText(n, field).map(LocalDate::parse);
  }
}
