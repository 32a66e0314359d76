package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fuzz test driven by the service's own OpenAPI description ({@code /v3/api-docs}): for every operation, every path
 * and query parameter and every field of its body, it sends wrong types, nulls, huge strings, control characters,
 * extreme numbers and dates, and malformed bodies, as the administrator (who passes every role check, so the input
 * reaches the validation). It fails on any 5xx, on any change in the database after a refusal (4xx), and on a success
 * (2xx) for a value no field may ever take (NUL and control characters, years 0, 9999 and +1000000, 100 000
 * characters). A change is a row inserted, deleted or rewritten in any table (its count and the sum of its rows'
 * {@code xmin}, the transaction that wrote each row version). Runs on the embedded PostgreSQL, where NUL bytes and
 * out-of-range dates break.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIT extends ServiceIT {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFuzzIT.class);
    private static final String AGENCY = "fuzz-douai";
    private static final String PARTNER = "fuzz-musee-douai";
    private static final String COUNSELLOR = "fuzz-conseiller";
    private static final String MEDIATOR = "fuzz-mediateur";
    private static final String MANAGER = "fuzz-manager";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final Proposal PROPOSAL = Proposal.of(PARTNER, AGENCY, TODAY.plusDays(40)).venue("Salle du beffroi", "THEATRE")
            .workshops(TODAY.plusDays(40), 2).employerMeeting(TODAY.plusDays(60));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String HUGE = "x".repeat(100_000);
    /** Spring's and Tomcat's default English titles, which no refusal of this service may show. */
    private static final Pattern ENGLISH_TITLES = Pattern.compile(
            "\"title\"\\s*:\\s*\"(Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Not Acceptable|Unsupported Media Type|Payload Too Large|Content Too Large|Too Many Requests|Length Required)\"");
    private static final String CSV = """
            identifiant_france_travail;nom;prenom;email;telephone;annee_naissance;date_inscription;rsa;qpv;rqth
            8000003A;Martin;Léa;lea.martin@exemple.fr;06 12 34 56 78;1988;15/03/2024;non;oui;non
            """;
    /** Tables some background work of the engine writes whatever the requests (id blocks, metrics). */
    private static final List<String> UNWATCHED_TABLES = List.of("act_ge_property", "act_ru_meter_log", "act_ru_task_meter_log");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    /** Valid values of the path parameters, by name. */
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Valid bodies by « METHOD path template ». */
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private String fingerprintQuery;

    @BeforeAll
    void anOperationInCohortBuilding() {
        String reference = scenario(MANAGER).agency(Agency.of(AGENCY, "Douai").mailbox("douai@francetravail.example"))
                .partner(partner(PARTNER)).counsellor(COUNSELLOR, AGENCY).mediator(MEDIATOR, PARTNER)
                .propose(COUNSELLOR, PROPOSAL).reference();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        long enrolment = as(COUNSELLOR).post("/api/operations/" + reference + "/candidates",
                "{\"candidates\": [" + candidate("8000001A") + "]}").expect(201).json().get(0).path("enrolmentId").asLong();

        pathValues.putAll(Map.of("reference", reference, "enrolmentId", Long.toString(enrolment), "code", AGENCY,
                "slug", PARTNER, "id", "1", "token", "a".repeat(43), "franceTravailId", "8000001A"));
        bodies.put("POST /api/operations", PROPOSAL.json());
        bodies.put("POST /api/operations/{reference}/cancellation", "{\"reason\": \"La salle ferme pour travaux\"}");
        bodies.put("POST /api/operations/{reference}/candidates", "{\"candidates\": [" + candidate("8000002A") + "]}");
        bodies.put("POST /api/operations/{reference}/enrolments/{enrolmentId}/withdrawal",
                "{\"withdrawalReason\": \"A trouvé un emploi\"}");
        bodies.put("POST /api/operations/{reference}/enrolments/{enrolmentId}/survey",
                "{\"satisfaction\": \"RATHER_SATISFIED\", \"helped\": \"YES\", \"recommends\": true, \"comment\": \"Bien\"}");
        bodies.put("POST /api/operations/{reference}/employers", """
                [{"companyName": "Boulangerie Douaisienne", "siret": "73282932000074", "sector": "Commerce",
                  "contactName": "Jean Pain", "contactEmail": "rh@boulangerie.example", "contactPhone": "03 27 00 00 00",
                  "offers": [{"title": "Vendeur", "contractType": "CDI", "positions": 2}]}]""");
        bodies.put("PUT /api/operations/{reference}/meeting-results", """
                [{"enrolmentId": %d, "interviews": 1, "jobOffersProposed": 1, "hired": false, "trainingProposed": false,
                  "serviceProposed": false}]""".formatted(enrolment));
        bodies.put("POST /api/agencies", Agency.of("fuzz-lens", "Lens").json());
        bodies.put("PUT /api/agencies/{code}", Agency.of(AGENCY, "Douai").json());
        bodies.put("POST /api/partners", partner("fuzz-autre-musee").json());
        bodies.put("PUT /api/partners/{slug}", partner(PARTNER).json());
        bodies.put("POST /api/afdas/callbacks", """
                {"reference": "AFDAS-1", "operationReference": "%s", "status": "SETTLED", "amount": 2700.00,
                 "settledOn": "%s"}""".formatted(reference, TODAY));
        bodies.put("POST /enquete/{token}", "satisfaction=VERY_SATISFIED&helped=YES&recommends=true&comment=Merci");

        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema()
                and table_type = 'BASE TABLE' order by table_name""", String.class);
        tables.removeAll(UNWATCHED_TABLES);
        assertThat(tables).as("tables du service et de Camunda").hasSizeGreaterThan(50).contains("operation", "act_ru_variable");
        fingerprintQuery = String.join(" union all ", tables.stream()
                .map(table -> "select '%s' as t, count(*) as n, coalesce(sum(x.xmin::text::bigint), 0) as h from %s x"
                        .formatted(table, table)).toList());
    }

    @Test
    void noOperationFailsOnMalformedInputNorWritesWhenItRefuses() {
        JsonNode docs = as(ADMIN).get("/v3/api-docs").expect(200).json();
        List<Probe> probes = probes(docs);
        assertThat(probes).as("sondes tirées de /v3/api-docs").hasSizeGreaterThan(1000);

        List<String> failures = new ArrayList<>();
        settle();
        String baseline = transactions();
        Map<String, String> before = fingerprint();
        int fingerprints = 0;
        for (Probe probe : probes) {
            HttpResponse<String> response = send(probe);
            int status = response == null ? 499 : response.statusCode();
            if (status >= 500) {
                failures.add(status + " ← " + probe);
            } else if (status >= 400) {
                if (ENGLISH_TITLES.matcher(response == null ? "" : response.body()).find()) {
                    failures.add("refus en anglais (" + response.body() + ") ← " + probe);
                }
                String now = transactions();
                if (now.equals(baseline)) {
                    continue; // no transaction wrote anything since the tables were last read: they cannot have changed
                }
                fingerprints++;
                baseline = now;
                Map<String, String> after = fingerprint();
                if (!after.equals(before)) {
                    failures.add("écriture après " + status + " (" + changed(before, after) + ") ← " + probe);
                    before = after;
                }
            } else {
                if (probe.neverValid()) {
                    failures.add("accepté (" + status + ") ← " + probe);
                }
                settle();
                baseline = transactions();
                before = fingerprint();
            }
        }
        LOG.info("{} sondes envoyées à {} opérations, {} échecs ; tables relues après {} refus", probes.size(),
                docs.path("paths").size(), failures.size(), fingerprints);
        assertThat(failures).as("%d sondes, %d échecs", probes.size(), failures.size()).isEmpty();
    }

    /** Every mutation of every operation, the destructive ones (deletions, cancellation, withdrawal) last. */
    private List<Probe> probes(JsonNode docs) {
        List<Probe> probes = new ArrayList<>();
        docs.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (List.of("get", "post", "put", "delete").contains(operation.getKey())) {
                probes.addAll(probes(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), docs));
            }
        }));
        probes.sort(Comparator.comparing(Probe::destructive));
        return probes;
    }

    private List<Probe> probes(String method, String template, JsonNode operation, JsonNode docs) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if ("path".equals(parameter.path("in").asText())) {
                path.put(name, pathValues.getOrDefault(name, "1"));
            } else if ("query".equals(parameter.path("in").asText())) {
                query.put(name, example(parameter.path("schema"), docs).asText());
            }
        }
        Request bodiless = new Request(method, template, path, query, null, null);
        Map<String, JsonNode> contents = new LinkedHashMap<>();
        operation.path("requestBody").path("content").fields().forEachRemaining(content -> contents.put(content.getKey(), content.getValue()));
        if (contents.isEmpty()) {
            probes.addAll(parameterProbes(bodiless));
        }
        for (Map.Entry<String, JsonNode> content : contents.entrySet()) {
            String contentType = content.getKey();
            String body = contentType.startsWith("text/") ? CSV
                    : bodies.getOrDefault(method + " " + template, example(content.getValue().path("schema"), docs).toString());
            Request valid = new Request(method, template, path, query, contentType, body);
            probes.addAll(parameterProbes(valid));
            probes.addAll(bodyProbes(valid));
        }
        return probes;
    }

    private static List<Probe> parameterProbes(Request valid) {
        List<Probe> probes = new ArrayList<>();
        for (String name : valid.path().keySet()) {
            for (Mutation value : Mutation.PARAMETERS) {
                probes.add(new Probe(valid.withPath(name, value.text()), "chemin " + name + " = " + value.label(),
                        value.neverValid(NODES.textNode(valid.path().get(name)))));
            }
        }
        for (String name : valid.query().keySet()) {
            for (Mutation value : Mutation.PARAMETERS) {
                probes.add(new Probe(valid.withQuery(name, value.text()), "paramètre " + name + " = " + value.label(),
                        value.neverValid(NODES.textNode(valid.query().get(name)))));
            }
        }
        return probes;
    }

    private static List<Probe> bodyProbes(Request valid) {
        List<Probe> probes = new ArrayList<>();
        String body = valid.body();
        for (Mutation malformed : Mutation.BODIES) {
            probes.add(new Probe(valid.withBody(malformed.text()), "corps " + malformed.label(), malformed.neverValid(NODES.nullNode())));
        }
        probes.add(new Probe(valid.withContentType("application/xml"), "corps en XML", false));
        if (valid.contentType().contains("json")) {
            JsonNode parsed = parse(body);
            for (String field : fields(parsed, "")) {
                for (Mutation value : Mutation.VALUES) {
                    probes.add(new Probe(valid.withBody(replaced(parsed, field, value.json()).toString()),
                            "champ " + field + " = " + value.label(), value.neverValid(at(parsed, field))));
                }
                if (at(parsed, field).isArray() && !at(parsed, field).isEmpty()) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 5_000; i++) {
                        many.add(at(parsed, field).get(0));
                    }
                    probes.add(new Probe(valid.withBody(replaced(parsed, field, many).toString()), "champ " + field + " × 5 000", false));
                }
            }
        } else if (valid.contentType().startsWith("text/")) {
            String[] lines = body.split("\n");
            String[] cells = lines[1].split(";", -1);
            for (int cell = 0; cell < cells.length; cell++) {
                for (Mutation value : Mutation.VALUES) {
                    String[] mutated = cells.clone();
                    mutated[cell] = value.text();
                    probes.add(new Probe(valid.withBody(lines[0] + "\n" + String.join(";", mutated) + "\n"),
                            "cellule " + lines[0].split(";")[cell] + " = " + value.label(), value.neverValid(NODES.textNode(cells[cell]))));
                }
            }
            probes.add(new Probe(valid.withBody(lines[0] + "\n" + (lines[1] + "\n").repeat(20_000)), "20 000 lignes", false));
        } else {
            for (String field : formFields(body)) {
                for (Mutation value : Mutation.PARAMETERS) {
                    probes.add(new Probe(valid.withBody(body.replaceFirst("(^|&)" + field + "=[^&]*", "$1" + field + "=" + value.text())),
                            "champ de formulaire " + field + " = " + value.label(), value.neverValid(NODES.textNode(""))));
                }
            }
        }
        return probes;
    }

    /** The answer, or {@code null} when the server closed the connection before reading a body it refuses (e.g. too large). */
    private HttpResponse<String> send(Probe probe) {
        Request request = probe.request();
        String url = "http://localhost:" + port + request.url();
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            return null; // an address no client could send
        }
        builder.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN).getBytes(StandardCharsets.UTF_8)))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the engine has run what an accepted request left to do in the background. */
    private void settle() {
        runDueJobs();
        assertThat(jdbc.queryForObject("""
                select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1
                and (duedate_ is null or duedate_ <= now())""", Integer.class)).isEqualTo(0);
    }

    /**
     * PostgreSQL's current snapshot ({@code xmin:xmax:in-progress ids}). A transaction gets an id only when it writes,
     * and xmax moves past every id that ends, so an unchanged snapshot means no transaction wrote and ended in between.
     */
    private String transactions() {
        return jdbc.queryForObject("select pg_current_snapshot()::text", String.class);
    }

    private Map<String, String> fingerprint() {
        Map<String, String> tables = new LinkedHashMap<>();
        jdbc.query(fingerprintQuery, row -> {
            tables.put(row.getString("t"), row.getLong("n") + "/" + row.getLong("h"));
        });
        return tables;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        return String.join(", ", after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList());
    }

    /** A value of the schema: its example, enum's first constant, or a plain value of its type and format. */
    private static JsonNode example(JsonNode schema, JsonNode docs) {
        if (schema.has("$ref")) {
            String[] ref = schema.path("$ref").asText().split("/");
            return example(docs.path("components").path("schemas").path(ref[ref.length - 1]), docs);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
            case "array":
                return NODES.arrayNode().add(example(schema.path("items"), docs));
            case "integer":
                return NODES.numberNode(schema.path("minimum").asLong(1));
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "string":
                return NODES.textNode(switch (schema.path("format").asText()) {
                    case "date" -> TODAY.plusDays(40).toString();
                    case "date-time" -> TODAY.plusDays(40) + "T10:00:00Z";
                    case "email" -> "quelqu.un@exemple.fr";
                    case "byte", "binary" -> "texte";
                    default -> "texte";
                });
            default:
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(property -> object.set(property.getKey(), example(property.getValue(), docs)));
                return object;
        }
    }

    /** The JSON pointers of every value in the body, containers included. */
    private static List<String> fields(JsonNode node, String pointer) {
        List<String> fields = new ArrayList<>();
        if (!pointer.isEmpty()) {
            fields.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                fields.addAll(fields(node.get(name), pointer + "/" + name));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            fields.addAll(fields(node.get(0), pointer + "/0"));
        }
        return fields;
    }

    private static List<String> formFields(String body) {
        return List.of(body.split("&")).stream().map(pair -> pair.split("=")[0]).toList();
    }

    private static JsonNode at(JsonNode node, String pointer) {
        return node.at(pointer);
    }

    private static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("corps de référence illisible : " + body, e);
        }
    }

    private static Partner partner(String slug) {
        return Partner.of(slug, "Musée de la Chartreuse", "55200000000018").in("HDF", "Douai").phone("03 27 71 38 80");
    }

    private static String candidate(String franceTravailId) {
        return """
                {"franceTravailId": "%s", "lastName": "Durand", "firstName": "Léa", "email": "lea.durand@exemple.fr",
                 "phone": "06 12 34 56 78", "birthYear": 1990, "registeredSince": "2024-03-15", "rsaBeneficiary": true,
                 "qpvResident": false, "recognisedDisability": false}""".formatted(franceTravailId);
    }

    /** One request: the template's parameters filled in, the body as sent. */
    private record Request(String method, String template, Map<String, String> path, Map<String, String> query, String contentType,
            String body) {

        String url() {
            String url = template;
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                url = url.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            if (query.isEmpty()) {
                return url;
            }
            return url + "?" + String.join("&", query.entrySet().stream()
                    .map(parameter -> parameter.getKey() + "=" + parameter.getValue()).toList());
        }

        Request withPath(String name, String value) {
            return new Request(method, template, with(path, name, value), query, contentType, body);
        }

        Request withQuery(String name, String value) {
            return new Request(method, template, path, with(query, name, value), contentType, body);
        }

        Request withBody(String malformed) {
            return new Request(method, template, path, query, contentType, malformed);
        }

        Request withContentType(String type) {
            return new Request(method, template, path, query, type, body);
        }

        private static Map<String, String> with(Map<String, String> values, String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(values);
            copy.put(name, value);
            return copy;
        }
    }

    /** A mutated request, what was mutated, and whether no field may ever accept that value. */
    private record Probe(Request request, String mutation, boolean neverValid) {

        boolean destructive() {
            return "DELETE".equals(request.method()) || request.template().endsWith("/cancellation")
                    || request.template().endsWith("/withdrawal");
        }

        @Override
        public String toString() {
            String body = request.body() == null ? "" : " " + (request.body().length() > 200
                    ? request.body().substring(0, 200) + "…(" + request.body().length() + ")" : request.body());
            return request.method() + " " + request.template() + " [" + mutation + "]" + body;
        }
    }

    /** Whether a value is refused by every field, by every date field, or only by some. */
    private enum Kind { SOMETIMES_VALID, NEVER_VALID, NEVER_A_DATE }

    /** A bad value: as JSON for a body field, as (encoded) text for a parameter or a whole body. */
    private record Mutation(String label, JsonNode json, String text, Kind kind) {

        /** No field holding {@code original} may accept this value. */
        boolean neverValid(JsonNode original) {
            return kind == Kind.NEVER_VALID
                    || kind == Kind.NEVER_A_DATE && original.isTextual() && original.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*|[0-9]{2}/[0-9]{2}/[0-9]{4}");
        }

        static final List<Mutation> VALUES = List.of(
                value("null", NODES.nullNode(), Kind.SOMETIMES_VALID),
                value("true", NODES.booleanNode(true), Kind.SOMETIMES_VALID),
                value("0", NODES.numberNode(0), Kind.SOMETIMES_VALID),
                value("-1", NODES.numberNode(-1), Kind.SOMETIMES_VALID),
                value("2^31", NODES.numberNode(2_147_483_648L), Kind.SOMETIMES_VALID),
                value("Long.MAX", NODES.numberNode(Long.MAX_VALUE), Kind.SOMETIMES_VALID),
                value("10^400", NODES.numberNode(new java.math.BigDecimal("1e400")), Kind.SOMETIMES_VALID),
                value("1.5", NODES.numberNode(1.5), Kind.SOMETIMES_VALID),
                value("texte", NODES.textNode("texte"), Kind.SOMETIMES_VALID),
                value("chaîne vide", NODES.textNode(""), Kind.SOMETIMES_VALID),
                value("100 000 caractères", NODES.textNode(HUGE), Kind.NEVER_VALID),
                value("octet NUL", NODES.textNode("Salle\u0000du beffroi"), Kind.NEVER_VALID),
                value("caractères de contrôle", NODES.textNode("Salle\u0001\u001b[31mrouge"), Kind.NEVER_VALID),
                value("année 9999", NODES.textNode("9999-12-31"), Kind.NEVER_A_DATE),
                value("année +1000000", NODES.textNode("+1000000-01-01"), Kind.NEVER_A_DATE),
                value("année 0", NODES.textNode("0000-01-01"), Kind.NEVER_A_DATE),
                value("30 février", NODES.textNode("2027-02-30"), Kind.SOMETIMES_VALID),
                value("tableau vide", NODES.arrayNode(), Kind.SOMETIMES_VALID),
                value("objet vide", NODES.objectNode(), Kind.SOMETIMES_VALID));

        static final List<Mutation> PARAMETERS = List.of(
                text("vide", "", Kind.SOMETIMES_VALID),
                text("10 000 caractères", "x".repeat(10_000), Kind.NEVER_VALID),
                text("octet NUL", "a%00b", Kind.NEVER_VALID),
                text("caractères de contrôle", "a%01%1Bb", Kind.NEVER_VALID),
                text("remontée de chemin", "..%2F..%2Fetc", Kind.SOMETIMES_VALID),
                text("-1", "-1", Kind.SOMETIMES_VALID),
                text("20 chiffres", "99999999999999999999", Kind.SOMETIMES_VALID),
                text("année +1000000", encode("+1000000-01-01"), Kind.NEVER_A_DATE),
                text("injection SQL", encode("1' or '1'='1"), Kind.SOMETIMES_VALID));

        static final List<Mutation> BODIES = List.of(
                text("vide", "", Kind.SOMETIMES_VALID),
                text("JSON tronqué", "{\"a\": ", Kind.SOMETIMES_VALID),
                text("null", "null", Kind.SOMETIMES_VALID),
                text("chaîne", "\"texte\"", Kind.SOMETIMES_VALID),
                text("imbrication de 100 000 tableaux", "[".repeat(100_000), Kind.SOMETIMES_VALID),
                text("2 Mo", "\"" + "y".repeat(2_000_000) + "\"", Kind.NEVER_VALID));

        private static Mutation value(String label, JsonNode json, Kind kind) {
            return new Mutation(label, json, json.asText(), kind);
        }

        private static Mutation text(String label, String text, Kind kind) {
            return new Mutation(label, NODES.textNode(text), text, kind);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
