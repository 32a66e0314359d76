package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KPIs on a hand-built data set written straight into the domain tables, every expected figure worked out by hand
 * below. The 2031 operations (first workshop in 2031) are the only ones of that year in the shared test database, so
 * the national and regional figures of 2031 are exactly ours.
 *
 * <pre>
 * 2031  COR  kpi-ajaccio  AAE-2031-COR-0001  CLOSED     e1..e8 COMPLETED, w1 WITHDRAWN, d1 DECLINED; payment SETTLED 2 700
 *       COR  kpi-bastia   AAE-2031-COR-0002  FOLLOW_UP  f1..f6 COMPLETED; payment SUBMITTED (not paid yet)
 *       GUY  kpi-cayenne  AAE-2031-GUY-0001  WORKSHOPS  h1..h5 ENROLLED
 *       GUY  kpi-cayenne  AAE-2031-GUY-0002  CANCELLED  c1, c2 CANCELLED
 * 2030  COR  kpi-ajaccio  AAE-2030-COR-0001  CLOSED     g1 COMPLETED (employed at M6); payment SETTLED 2 700
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiIT extends ServiceIT {

    private static final String MANAGER = "kpi-manager";
    private static final String COUNSELLOR = "kpi-conseiller";
    private static final String AFDAS = "kpi-afdas";
    private static final String O1 = "AAE-2031-COR-0001";
    private static final String O2 = "AAE-2031-COR-0002";
    private static final String O3 = "AAE-2031-GUY-0001";
    private static final String O4 = "AAE-2031-GUY-0002";
    private static final String O5 = "AAE-2030-COR-0001";
    private static final Instant NOW = Instant.parse("2031-10-01T08:00:00Z");
    /** The counts and the amount of an operation's figures (migration V14). */
    private static final List<String> FIGURES = List.of("completed", "followed", "employed", "trained", "served", "participants", "deld",
            "brsa", "jeune", "qpv", "th", "senior", "participants_answered", "participants_satisfied", "partners_answered", "partners_satisfied",
            "counsellors_answered", "counsellors_satisfied", "amount_settled");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OperationFigures figures;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private KpiTotalsCompaction compaction;
    @Autowired
    private KpiReconciliation reconciliation;
    @Autowired
    private KpiQueries queries;
    @LocalServerPort
    private int port;
    private int participants;

    @BeforeAll
    void handBuiltDataSet() {
        createUser(MANAGER, "managers");
        createUser(COUNSELLOR, "conseillers");
        createUser(AFDAS, "afdas");
        agency("kpi-ajaccio", "Ajaccio", "COR");
        agency("kpi-bastia", "Bastia", "COR");
        agency("kpi-cayenne", "Cayenne", "GUY");
        jdbc.update("""
                insert into cultural_partner (slug, name, siret, type, region_code, city, contact_name, contact_email, created_at, version)
                values ('kpi-musee', 'Musée KPI', '98765432100031', 'MUSEE', 'COR', 'Ajaccio', 'Médiatrice', 'mediation@musee.example', ?, 0)""",
                Timestamp.from(NOW));

        long o1 = operation(O1, "kpi-ajaccio", "CLOSED", LocalDate.parse("2031-03-04"));
        // priority publics, M6 class (M3 only: « M3 »), meeting result (job offers, training, prestation), survey satisfaction
        long e1 = enrolment(o1, "COMPLETED", "DELD,BRSA");
        outcome(e1, o1, "M6", "EMPLOYMENT");
        meetingResult(e1, o1, 2, false, false);
        participantSurvey(e1, o1, "VERY_SATISFIED");
        long e2 = enrolment(o1, "COMPLETED", "DELD");
        outcome(e2, o1, "M6", "EMPLOYMENT");
        meetingResult(e2, o1, 0, true, false);
        participantSurvey(e2, o1, "RATHER_SATISFIED");
        long e3 = enrolment(o1, "COMPLETED", "JEUNE");
        outcome(e3, o1, "M6", "EMPLOYMENT");
        meetingResult(e3, o1, 0, false, true);
        participantSurvey(e3, o1, "VERY_SATISFIED");
        long e4 = enrolment(o1, "COMPLETED", "QPV,TH");
        outcome(e4, o1, "M1", "NONE");
        outcome(e4, o1, "M6", "EMPLOYMENT");
        meetingResult(e4, o1, 0, false, false); // an interview, no service
        participantSurvey(e4, o1, "RATHER_SATISFIED");
        long e5 = enrolment(o1, "COMPLETED", null);
        outcome(e5, o1, "M6", "TRAINING");
        meetingResult(e5, o1, 0, true, false);
        participantSurvey(e5, o1, "VERY_SATISFIED");
        long e6 = enrolment(o1, "COMPLETED", "SENIOR,DELD");
        outcome(e6, o1, "M6", "NONE");
        participantSurvey(e6, o1, "RATHER_DISSATISFIED");
        long e7 = enrolment(o1, "COMPLETED", null);
        outcome(e7, o1, "M6", "NONE");
        meetingResult(e7, o1, 1, false, false);
        long e8 = enrolment(o1, "COMPLETED", "BRSA");
        outcome(e8, o1, "M3", "EMPLOYMENT");
        meetingResult(e8, o1, 0, false, false);
        enrolment(o1, "WITHDRAWN", "DELD");
        enrolment(o1, "DECLINED", "DELD");
        payment(o1, "SETTLED", "2700.00");
        staffSurvey(o1, "PARTNER", "VERY_SATISFIED");
        staffSurvey(o1, "COUNSELLOR", "RATHER_DISSATISFIED");

        long o2 = operation(O2, "kpi-bastia", "FOLLOW_UP", LocalDate.parse("2031-05-06"));
        long f1 = enrolment(o2, "COMPLETED", "DELD");
        outcome(f1, o2, "M6", "EMPLOYMENT");
        meetingResult(f1, o2, 1, false, false);
        participantSurvey(f1, o2, "VERY_SATISFIED");
        long f2 = enrolment(o2, "COMPLETED", "JEUNE,QPV");
        outcome(f2, o2, "M6", "NONE");
        meetingResult(f2, o2, 0, false, false);
        participantSurvey(f2, o2, "NOT_AT_ALL_SATISFIED");
        long f3 = enrolment(o2, "COMPLETED", null);
        outcome(f3, o2, "M3", "EMPLOYMENT");
        enrolment(o2, "COMPLETED", null);
        enrolment(o2, "COMPLETED", "TH");
        enrolment(o2, "COMPLETED", "DELD");
        payment(o2, "SUBMITTED", null);
        staffSurvey(o2, "PARTNER", "RATHER_SATISFIED");
        staffSurvey(o2, "COUNSELLOR", "VERY_SATISFIED");

        long o3 = operation(O3, "kpi-cayenne", "WORKSHOPS", LocalDate.parse("2031-09-02"));
        long h1 = enrolment(o3, "ENROLLED", "DELD");
        meetingResult(h1, o3, 3, true, true); // not completed: not counted
        enrolment(o3, "ENROLLED", "BRSA");
        enrolment(o3, "ENROLLED", null);
        enrolment(o3, "ENROLLED", null);
        enrolment(o3, "ENROLLED", "SENIOR");

        long o4 = operation(O4, "kpi-cayenne", "CANCELLED", LocalDate.parse("2031-04-01"));
        enrolment(o4, "CANCELLED", "DELD");
        enrolment(o4, "CANCELLED", "DELD");

        long o5 = operation(O5, "kpi-ajaccio", "CLOSED", LocalDate.parse("2030-11-04"));
        long g1 = enrolment(o5, "COMPLETED", "DELD");
        outcome(g1, o5, "M6", "EMPLOYMENT");
        meetingResult(g1, o5, 1, false, false);
        payment(o5, "SETTLED", "2700.00");
        staffSurvey(o5, "PARTNER", "NOT_AT_ALL_SATISFIED");
        // written around the repositories: the operations' figures are refreshed as a SQL writer must
        List.of(o1, o2, o3, o4, o5).forEach(figures::changed);
    }

    @Test
    void nationalFiguresOfTheYear() {
        JsonNode kpis = as(MANAGER).get("/api/kpis?year=2031").expect(200).json();

        assertThat(kpis.at("/scope/level").asText()).isEqualTo("NATIONAL");
        assertThat(kpis.at("/scope/label").asText()).isEqualTo("France entière, 2031");
        assertThat(kpis.at("/scope/region").isNull()).isTrue();
        // completed with an M6 outcome: O1 e1..e7 (e8 has only M3) + O2 f1, f2 (f3 only M3) = 7 + 2 = 9;
        // employed at M6: e1, e2, e3, e4, f1 = 5 → 5/9 = 0.5556; training: e5 = 1 → 1/9 = 0.1111
        assertRate(kpis.at("/efficacy/employment"), 5, 9, "0.5556", false);
        assertRate(kpis.at("/efficacy/training"), 1, 9, "0.1111", false);
        assertThat(kpis.at("/efficacy/reference/employment").decimalValue()).isEqualByComparingTo("0.58");
        // completed: 8 + 6 = 14; served: e1 (2 offers), e2 (training), e3 (prestation), e5 (training), e7 (1 offer), f1 (1 offer)
        // = 6 (e4, e8, f2 had results without a service; h1 is served but not completed) → 6/14 = 0.4286
        assertRate(kpis.at("/relevance/served"), 6, 14, "0.4286", false);
        // settled: O1's 2 700.00 only (O2 submitted, O5 is 2030); per participant 2700/14 = 192.857 → 192.86; per employment 2700/5 = 540.00
        assertThat(kpis.at("/efficiency/amountPaid").decimalValue()).isEqualByComparingTo("2700.00");
        assertAmount(kpis.at("/efficiency/costPerParticipant"), "2700.00", 14, "192.86", false);
        assertAmount(kpis.at("/efficiency/costPerEmployment"), "2700.00", 5, "540.00", false);
        // enrolled or completed: O1 8 + O2 6 + O3 5 = 19 (withdrawn, declined and cancelled left out);
        // DELD e1, e2, e6, f1, f6, h1 = 6 → 0.3158; BRSA e1, e8, h2 = 3 → 0.1579; JEUNE e3, f2 = 2 → 0.1053;
        // QPV e4, f2 = 2; TH e4, f5 = 2; SENIOR e6, h5 = 2
        Map<String, JsonNode> publics = byField(kpis.at("/coherence/publics"), "public");
        assertThat(publics).containsOnlyKeys("DELD", "BRSA", "JEUNE", "QPV", "TH", "SENIOR");
        assertRate(publics.get("DELD").path("share"), 6, 19, "0.3158", false);
        assertRate(publics.get("BRSA").path("share"), 3, 19, "0.1579", false);
        assertRate(publics.get("JEUNE").path("share"), 2, 19, "0.1053", false);
        assertRate(publics.get("QPV").path("share"), 2, 19, "0.1053", false);
        assertRate(publics.get("TH").path("share"), 2, 19, "0.1053", false);
        assertRate(publics.get("SENIOR").path("share"), 2, 19, "0.1053", false);
        assertThat(publics.get("DELD").path("label").asText()).isEqualTo("Demandeurs d'emploi de longue durée");
        assertThat(publics.get("DELD").path("territoryShare").decimalValue()).isEqualByComparingTo("0.45");
        // participants: e1..e5 satisfied, e6 not; f1 satisfied, f2 not → 6/8 = 0.75; partners O1, O2 satisfied → 2/2 (small);
        // counsellors O1 not, O2 satisfied → 1/2 = 0.5 (small); O5's partner is 2030
        assertRate(kpis.at("/quality/participants"), 6, 8, "0.75", false);
        assertRate(kpis.at("/quality/partners"), 2, 2, "1", true);
        assertRate(kpis.at("/quality/counsellors"), 1, 2, "0.5", true);
        // not cancelled in 2031: O1, O2, O3 = 3, target 800 (2027 and later); COR 2, GUY 1
        JsonNode years = kpis.at("/deployment/byYear");
        assertThat(years).hasSize(1);
        assertThat(years.get(0).path("year").asInt()).isEqualTo(2031);
        assertThat(years.get(0).path("operations").asLong()).isEqualTo(3);
        assertThat(years.get(0).path("target").asInt()).isEqualTo(800);
        Map<String, JsonNode> regions = byField(kpis.at("/deployment/byRegion"), "region");
        assertThat(regions).containsOnlyKeys("COR", "GUY");
        assertThat(regions.get("COR").path("operations").asLong()).isEqualTo(2);
        assertThat(regions.get("COR").path("label").asText()).isEqualTo("Corse");
        assertThat(regions.get("GUY").path("operations").asLong()).isEqualTo(1);
        // running: O2 FOLLOW_UP, O3 WORKSHOPS (O1 closed, O4 cancelled); every running phase listed, zeros too
        Map<String, JsonNode> phases = byField(kpis.at("/phases"), "status");
        assertThat(phases).hasSize(9).doesNotContainKeys("CLOSED", "CANCELLED");
        assertThat(phases.get("WORKSHOPS").path("operations").asLong()).isEqualTo(1);
        assertThat(phases.get("WORKSHOPS").path("label").asText()).isEqualTo("Ateliers");
        assertThat(phases.get("FOLLOW_UP").path("operations").asLong()).isEqualTo(1);
        assertThat(phases.get("PARTNERSHIP").path("operations").asLong()).isZero();
        // children: COR (O1 + O2: employed 5/9, served 6/14), GUY (O3 only, O4 cancelled: nobody completed, rates empty)
        Map<String, JsonNode> children = byField(kpis.at("/children"), "key");
        assertThat(children).containsOnlyKeys("COR", "GUY");
        assertThat(children.get("COR").path("level").asText()).isEqualTo("REGION");
        assertThat(children.get("COR").path("label").asText()).isEqualTo("Corse");
        assertThat(children.get("COR").path("operations").asLong()).isEqualTo(2);
        assertRate(children.get("COR").path("employment"), 5, 9, "0.5556", false);
        assertRate(children.get("COR").path("served"), 6, 14, "0.4286", false);
        assertThat(children.get("GUY").path("operations").asLong()).isEqualTo(1);
        assertRate(children.get("GUY").path("employment"), 0, 0, null, true);
        assertThat(kpis.path("processInstanceId").isNull()).isTrue();
    }

    @Test
    void regionAndItsAgencies() {
        JsonNode kpis = as(MANAGER).get("/api/kpis?year=2031&region=COR").expect(200).json();

        assertThat(kpis.at("/scope/level").asText()).isEqualTo("REGION");
        assertThat(kpis.at("/scope/region").asText()).isEqualTo("COR");
        assertThat(kpis.at("/scope/label").asText()).isEqualTo("Corse, 2031");
        // COR holds every completed participant of 2031: the national figures
        assertRate(kpis.at("/efficacy/employment"), 5, 9, "0.5556", false);
        assertRate(kpis.at("/relevance/served"), 6, 14, "0.4286", false);
        // enrolled or completed in COR: 8 + 6 = 14; DELD e1, e2, e6, f1, f6 = 5 → 5/14 = 0.3571
        assertRate(byField(kpis.at("/coherence/publics"), "public").get("DELD").path("share"), 5, 14, "0.3571", false);
        // children: ajaccio O1 (employed e1..e4 of 7 followed = 0.5714; served 5/8 = 0.625), bastia O2 (1/2, small; 1/6 = 0.1667)
        Map<String, JsonNode> agencies = byField(kpis.at("/children"), "key");
        assertThat(agencies).containsOnlyKeys("kpi-ajaccio", "kpi-bastia");
        assertThat(agencies.get("kpi-ajaccio").path("level").asText()).isEqualTo("AGENCY");
        assertThat(agencies.get("kpi-ajaccio").path("label").asText()).isEqualTo("Ajaccio");
        assertRate(agencies.get("kpi-ajaccio").path("employment"), 4, 7, "0.5714", false);
        assertRate(agencies.get("kpi-ajaccio").path("served"), 5, 8, "0.625", false);
        assertRate(agencies.get("kpi-bastia").path("employment"), 1, 2, "0.5", true);
        assertRate(agencies.get("kpi-bastia").path("served"), 1, 6, "0.1667", false);
    }

    @Test
    void agencyAcrossYearsAndOperation() {
        // kpi-ajaccio, every year: O1 and O5. Followed to M6: 7 + 1 = 8, employed 4 + 1 = 5 → 0.625; completed 8 + 1 = 9,
        // served 5 + 1 (g1) = 6 → 0.6667; paid 2 700 + 2 700 = 5 400, per participant 5400/9 = 600.00, per employment 5400/5 = 1080.00;
        // partners: O1 satisfied, O5 not → 1/2 (small)
        JsonNode agency = as(MANAGER).get("/api/kpis?agency=kpi-ajaccio").expect(200).json();
        assertThat(agency.at("/scope/level").asText()).isEqualTo("AGENCY");
        assertThat(agency.at("/scope/label").asText()).isEqualTo("Ajaccio, toutes années");
        assertRate(agency.at("/efficacy/employment"), 5, 8, "0.625", false);
        assertRate(agency.at("/relevance/served"), 6, 9, "0.6667", false);
        assertAmount(agency.at("/efficiency/costPerParticipant"), "5400.00", 9, "600.00", false);
        assertAmount(agency.at("/efficiency/costPerEmployment"), "5400.00", 5, "1080.00", false);
        assertRate(agency.at("/quality/partners"), 1, 2, "0.5", true);
        assertThat(byField(agency.at("/deployment/byYear"), "year")).containsOnlyKeys("2030", "2031");
        assertThat(byField(agency.at("/children"), "key")).containsOnlyKeys(O1, O5);

        // kpi-ajaccio in 2031: O1 alone; per employment 2700/4 = 675.00 over fewer than 5 people
        JsonNode agency2031 = as(MANAGER).get("/api/kpis?agency=kpi-ajaccio&year=2031").expect(200).json();
        assertAmount(agency2031.at("/efficiency/costPerEmployment"), "2700.00", 4, "675.00", true);
        assertAmount(agency2031.at("/efficiency/costPerParticipant"), "2700.00", 8, "337.50", false);
        // participants e1..e5 of e1..e6 → 0.8333; partner 1/1, counsellor 0/1, both small
        assertRate(agency2031.at("/quality/participants"), 5, 6, "0.8333", false);
        assertRate(agency2031.at("/quality/partners"), 1, 1, "1", true);
        assertRate(agency2031.at("/quality/counsellors"), 0, 1, "0", true);

        // kpi-cayenne in 2031: O3 running, O4 cancelled (a child without operations)
        Map<String, JsonNode> cayenne = byField(as(MANAGER).get("/api/kpis?agency=kpi-cayenne&year=2031").expect(200).json().at("/children"), "key");
        assertThat(cayenne.get(O3).path("operations").asLong()).isEqualTo(1);
        assertThat(cayenne.get(O4).path("operations").asLong()).isZero();

        // the operation wins over the other filters; no drill-down below it
        JsonNode operation = as(MANAGER).get("/api/kpis?operation=" + O1 + "&region=GUY&year=2020").expect(200).json();
        assertThat(operation.at("/scope/level").asText()).isEqualTo("OPERATION");
        assertThat(operation.at("/scope/operation").asText()).isEqualTo(O1);
        assertThat(operation.at("/scope/year").isNull()).isTrue();
        assertRate(operation.at("/efficacy/employment"), 4, 7, "0.5714", false);
        assertRate(operation.at("/efficacy/training"), 1, 7, "0.1429", false);
        assertThat(operation.at("/efficiency/amountPaid").decimalValue()).isEqualByComparingTo("2700.00");
        assertThat(operation.path("children")).isEmpty();
        assertThat(operation.has("processInstanceId")).isTrue();
    }

    @Test
    void csvForASpreadsheet() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://localhost:" + port + "/api/kpis.csv?year=2031"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((MANAGER + ":" + MANAGER).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("indicateurs-aae.csv"));
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("critère;indicateur;numérateur;dénominateur;valeur;référence;petit effectif");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(7));
        Map<String, String[]> rows = lines.stream().skip(1).map(line -> line.split(";", -1))
                .collect(Collectors.toMap(fields -> fields[0] + " / " + fields[1], Function.identity()));
        // the same hand-computed figures as nationalFiguresOfTheYear, with decimal commas
        assertThat(rows.get("Efficacité / Accès à l'emploi à 6 mois")).containsExactly("Efficacité", "Accès à l'emploi à 6 mois", "5", "9", "0,5556", "0,58", "non");
        assertThat(rows.get("Pertinence / Participants ayant bénéficié d'au moins un service")).endsWith("6", "14", "0,4286", "0,76", "non");
        assertThat(rows.get("Efficience / Coût par participant (EUR)")).endsWith("2700,00", "14", "192,86", "2700,00", "non");
        assertThat(rows.get("Cohérence / Part des publics DELD (Demandeurs d'emploi de longue durée)")).endsWith("6", "19", "0,3158", "0,45", "non");
        assertThat(rows.get("Qualité / Structures culturelles satisfaites")).endsWith("2", "2", "1", "1,0", "oui");
        assertThat(rows.get("Déploiement / Opérations 2031 (objectif national)")).endsWith("3", "", "3", "800", "");
        assertThat(rows.get("Phases / Opérations en cours : Ateliers")).endsWith("1", "", "1", "", "");
    }

    /**
     * A change appends to the totals of the national and regional reports; folding them into the row already folded
     * changes no figure. The only operation of 2033: two participants completed, then a third.
     */
    @Test
    void foldingTheTotalsChangesNoFigure() {
        agency("kpi-sartene", "Sartène", "COR");
        long operation = operation("AAE-2033-COR-0001", "kpi-sartene", "FOLLOW_UP", LocalDate.parse("2033-02-01"));
        enrolment(operation, "COMPLETED", "DELD");
        enrolment(operation, "COMPLETED", null);
        long third = enrolment(operation, "ENROLLED", "DELD");
        figures.changed(operation);
        compaction.run();
        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", third);
        figures.changed(operation);

        JsonNode national = as(MANAGER).get("/api/kpis?year=2033").expect(200).json();
        JsonNode region = as(MANAGER).get("/api/kpis?year=2033&region=COR").expect(200).json();
        assertRate(national.at("/relevance/served"), 0, 3, "0", true);
        assertRate(byField(national.at("/coherence/publics"), "public").get("DELD").path("share"), 2, 3, "0.6667", true);
        assertThat(national.at("/deployment/byYear/0/operations").asLong()).isOne();
        compaction.run();

        assertThat(jdbc.queryForObject("select count(*) from kpi_total where agency_code = 'kpi-sartene'", Integer.class)).isOne();
        assertThat(as(MANAGER).get("/api/kpis?year=2033").expect(200).json()).isEqualTo(national);
        assertThat(as(MANAGER).get("/api/kpis?year=2033&region=COR").expect(200).json()).isEqualTo(region);
    }

    /**
     * Figures written around the service (SQL without a refresh, as a node of an earlier version would write them during a
     * rolling upgrade): an operation with a participant completed behind the figures' back, another without figures at
     * all. The reports do not count them until the reconciliation refreshes them; then the totals follow, and a second
     * pass finds nothing left to do for them.
     */
    @Test
    void theReconciliationRefreshesFiguresWrittenAroundTheService() {
        agency("kpi-calvi", "Calvi", "COR");
        long known = operation("AAE-2034-COR-0001", "kpi-calvi", "FOLLOW_UP", LocalDate.parse("2034-02-01"));
        long completed = enrolment(known, "ENROLLED", "DELD");
        enrolment(known, "ENROLLED", null);
        figures.changed(known);
        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", completed);
        long unknown = operation("AAE-2034-COR-0002", "kpi-calvi", "WORKSHOPS", LocalDate.parse("2034-03-01"));
        enrolment(unknown, "ENROLLED", "QPV");
        assertThat(queries.stale(List.of(known, unknown))).containsExactly(known, unknown);
        JsonNode stale = as(MANAGER).get("/api/kpis?year=2034").expect(200).json();
        assertRate(stale.at("/relevance/served"), 0, 0, null, true);
        assertThat(stale.at("/deployment/byYear/0/operations").asLong()).isOne();

        assertThat(reconciliation.run()).isGreaterThanOrEqualTo(2);

        assertThat(queries.stale(List.of(known, unknown))).isEmpty();
        JsonNode kpis = as(MANAGER).get("/api/kpis?year=2034").expect(200).json();
        assertRate(kpis.at("/relevance/served"), 0, 1, "0", true);
        assertRate(byField(kpis.at("/coherence/publics"), "public").get("QPV").path("share"), 1, 3, "0.3333", true);
        assertThat(kpis.at("/deployment/byYear/0/operations").asLong()).isEqualTo(2);
        reconciliation.run();
        assertThat(as(MANAGER).get("/api/kpis?year=2034").expect(200).json()).isEqualTo(kpis);
    }

    /**
     * Two nodes reconcile at once an operation that has no figures yet (written by a node of an earlier version): the
     * second waits for the first's lock on the operation, then finds its figures; they are inserted once, counted once.
     */
    @Test
    void twoNodesReconcilingAtOnceInsertTheMissingFiguresOnce() throws Exception {
        agency("kpi-porto", "Porto-Vecchio", "COR");
        long operation = operation("AAE-2035-COR-0001", "kpi-porto", "WORKSHOPS", LocalDate.parse("2035-03-01"));
        enrolment(operation, "ENROLLED", "QPV");
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = nodes.submit(() -> transactions.execute(status -> {
                queries.lockOperations(List.of(operation));
                firstLocked.countDown();
                awaitLatch(firstMayCommit);
                return queries.refresh(List.of(operation));
            }));
            awaitLatch(firstLocked);
            Future<Integer> second = nodes.submit(reconciliation::run);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock' and query like '%from operation where id in%'""",
                    Integer.class) > 0);
            firstMayCommit.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isOne();
            second.get(30, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            nodes.shutdownNow();
        }

        assertThat(queries.stale(List.of(operation))).isEmpty();
        assertThat(jdbc.queryForObject("select sum(operations) from kpi_total where agency_code = 'kpi-porto'", Long.class)).isOne();
    }

    /**
     * Every operation of the shared test database, whoever wrote it, has the figures its sources give, and the totals
     * per agency, status and year are their sums.
     */
    @Test
    void everyOperationsFiguresAreThoseOfItsSourcesAndTheTotalsTheirSums() {
        assertThat(jdbc.queryForList("select operation_id from kpi_operation_source except select operation_id from kpi_operation", Long.class))
                .as("opérations sans indicateurs").isEmpty();
        assertThat(jdbc.queryForList("select * from kpi_operation_source except select * from kpi_operation")).as("indicateurs périmés").isEmpty();
        String sums = FIGURES.stream().map(f -> "sum(" + f + ")").collect(Collectors.joining(", "));
        String totals = "select agency_code, status, workshop_year, sum(operations), %s from kpi_total group by agency_code, status, workshop_year having sum(operations) <> 0"
                .formatted(sums);
        String operations = "select agency_code, status, workshop_year, count(*), %s from kpi_operation group by agency_code, status, workshop_year"
                .formatted(sums);
        assertThat(jdbc.queryForList(totals + " except " + operations)).isEmpty();
        assertThat(jdbc.queryForList(operations + " except " + totals)).isEmpty();
    }

    /**
     * Two transactions complete one participant each of the same operation: the second refreshes the figures while the
     * first has refreshed them but not committed yet. It waits for the first, then counts both.
     */
    @Test
    void twoTransactionsChangingOneOperationAtOnceBothCount() throws Exception {
        agency("kpi-corte", "Corte", "COR");
        long operation = operation("AAE-2032-COR-0001", "kpi-corte", "WORKSHOPS", LocalDate.parse("2032-03-01"));
        long first = enrolment(operation, "ENROLLED", null);
        long second = enrolment(operation, "ENROLLED", null);
        figures.changed(operation);
        CountDownLatch firstRefreshed = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstTransaction = clients.submit(() -> transactions.executeWithoutResult(status -> {
                complete(first, operation);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        firstRefreshed.countDown();
                        awaitLatch(firstMayCommit);
                    }
                });
            }));
            awaitLatch(firstRefreshed);
            Future<?> secondTransaction = clients.submit(() -> transactions.executeWithoutResult(status -> complete(second, operation)));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where datname = current_database() and wait_event_type = 'Lock' and query like '%kpi_operation%'""", Integer.class) > 0);
            firstMayCommit.countDown();
            firstTransaction.get(30, TimeUnit.SECONDS);
            secondTransaction.get(30, TimeUnit.SECONDS);
        } finally {
            firstMayCommit.countDown();
            clients.shutdownNow();
        }

        JsonNode kpis = as(MANAGER).get("/api/kpis?operation=AAE-2032-COR-0001").expect(200).json();
        assertRate(kpis.at("/relevance/served"), 0, 2, "0", true);
    }

    private void complete(long enrolmentId, long operationId) {
        jdbc.update("update enrolment set status = 'COMPLETED' where id = ?", enrolmentId);
        figures.changed(operationId);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void managersAndAdministratorsOnly() {
        as(COUNSELLOR).get("/api/kpis").expect(403);
        as(COUNSELLOR).get("/api/kpis.csv").expect(403);
        as(AFDAS).get("/api/kpis").expect(403);
        as(null).get("/api/kpis").expect(401);
        as(ADMIN).get("/api/kpis?year=2031").expect(200);
    }

    @Test
    void badFiltersAreRefused() {
        JsonNode year = as(MANAGER).get("/api/kpis?year=deux-mille").expect(400).json();
        assertThat(year.at("/errors/0/field").asText()).isEqualTo("year");
        assertThat(year.at("/errors/0/message").asText()).contains("année");
        as(MANAGER).get("/api/kpis?year=1999").expect(400);
        JsonNode region = as(MANAGER).get("/api/kpis?region=XYZ").expect(400).json();
        assertThat(region.at("/errors/0/field").asText()).isEqualTo("region");
        assertThat(region.at("/errors/0/message").asText()).contains("HDF");
        as(MANAGER).get("/api/kpis?agency=inconnue").expect(404);
        as(MANAGER).get("/api/kpis.csv?operation=AAE-2031-COR-9999").expect(404);
    }

    private static void assertRate(JsonNode rate, long numerator, long denominator, String value, boolean small) {
        assertThat(rate.path("numerator").asLong()).as("numérateur de %s", rate).isEqualTo(numerator);
        assertThat(rate.path("denominator").asLong()).as("dénominateur de %s", rate).isEqualTo(denominator);
        if (value == null) {
            assertThat(rate.path("value").isNull()).as("valeur de %s", rate).isTrue();
        } else {
            assertThat(rate.path("value").decimalValue()).as("valeur de %s", rate).isEqualByComparingTo(value);
        }
        assertThat(rate.path("smallDenominator").asBoolean()).as("petit effectif de %s", rate).isEqualTo(small);
    }

    private static void assertAmount(JsonNode amount, String numerator, long denominator, String value, boolean small) {
        assertThat(amount.path("numerator").decimalValue()).isEqualByComparingTo(numerator);
        assertThat(amount.path("denominator").asLong()).isEqualTo(denominator);
        assertThat(amount.path("value").decimalValue()).as("valeur de %s", amount).isEqualByComparingTo(value);
        assertThat(amount.path("smallDenominator").asBoolean()).isEqualTo(small);
    }

    private static Map<String, JsonNode> byField(JsonNode array, String field) {
        Map<String, JsonNode> byKey = new HashMap<>();
        array.forEach(node -> byKey.put(node.path(field).asText(), node));
        return byKey;
    }

    private void agency(String code, String name, String region) {
        jdbc.update("insert into agency (code, name, region_code, created_at, version) values (?, ?, ?, ?, 0)",
                code, name, region, Timestamp.from(NOW));
    }

    private long operation(String reference, String agency, String status, LocalDate firstWorkshop) {
        long id = new SimpleJdbcInsert(jdbc).withTableName("operation").usingGeneratedKeyColumns("id").executeAndReturnKey(Map.ofEntries(
                Map.entry("reference", reference), Map.entry("status", status), Map.entry("agency_code", agency),
                Map.entry("partner_slug", "kpi-musee"), Map.entry("venue", "Salle KPI"), Map.entry("discipline", "DANSE"),
                Map.entry("target_group_size", 10), Map.entry("employer_meeting_date", firstWorkshop.plusWeeks(4)),
                Map.entry("proposed_by", "kpi"), Map.entry("proposed_at", Timestamp.from(NOW)), Map.entry("process_attached", false), Map.entry("recruitment_extended", false),
                Map.entry("updated_at", Timestamp.from(NOW)), Map.entry("last_progress_at", Timestamp.from(NOW)),
                Map.entry("version", 0))).longValue();
        // the year is the first workshop's, whatever the order of the positions
        jdbc.update("insert into planned_workshop (operation_id, position, workshop_date) values (?, 0, ?), (?, 1, ?)",
                id, firstWorkshop.plusWeeks(1), id, firstWorkshop);
        return id;
    }

    private long enrolment(long operationId, String status, String priorityPublics) {
        participants++;
        long participantId = new SimpleJdbcInsert(jdbc).withTableName("participant").usingGeneratedKeyColumns("id").executeAndReturnKey(Map.ofEntries(
                Map.entry("france_travail_id", "KPI%05d".formatted(participants)), Map.entry("last_name", "Participant"),
                Map.entry("first_name", "N" + participants), Map.entry("email", "kpi" + participants + "@exemple.fr"),
                Map.entry("birth_year", 1980), Map.entry("registered_since", LocalDate.parse("2029-01-01")),
                Map.entry("rsa_beneficiary", false), Map.entry("qpv_resident", false), Map.entry("recognised_disability", false),
                Map.entry("created_at", Timestamp.from(NOW)), Map.entry("updated_at", Timestamp.from(NOW)), Map.entry("version", 0))).longValue();
        Map<String, Object> enrolment = new HashMap<>(Map.of("operation_id", operationId, "participant_id", participantId, "status", status,
                "added_by", "kpi", "added_at", Timestamp.from(NOW), "unexcused_streak", 0, "version", 0));
        enrolment.put("priority_publics", priorityPublics);
        return new SimpleJdbcInsert(jdbc).withTableName("enrolment").usingGeneratedKeyColumns("id").executeAndReturnKey(enrolment).longValue();
    }

    private void outcome(long enrolmentId, long operationId, String checkpoint, String outcomeClass) {
        String situation = switch (outcomeClass) {
            case "EMPLOYMENT" -> "CDI";
            case "TRAINING" -> "TRAINING";
            default -> "STILL_SEEKING";
        };
        jdbc.update("""
                insert into outcome (enrolment_id, operation_id, checkpoint, situation, outcome_class, source, recorded_by, recorded_at, version)
                values (?, ?, ?, ?, ?, 'STATUS_SERVICE', 'kpi', ?, 0)""", enrolmentId, operationId, checkpoint, situation, outcomeClass, Timestamp.from(NOW));
    }

    private void meetingResult(long enrolmentId, long operationId, int jobOffers, boolean training, boolean prestation) {
        jdbc.update("""
                insert into meeting_result (operation_id, enrolment_id, interviews, job_offers_proposed, hired, training_proposed,
                    service_proposed, recorded_by, recorded_at, version)
                values (?, ?, 1, ?, false, ?, ?, 'kpi', ?, 0)""", operationId, enrolmentId, jobOffers, training, prestation, Timestamp.from(NOW));
    }

    private void payment(long operationId, String state, String settledAmount) {
        jdbc.update("""
                insert into payment (operation_id, state, amount, opened_at, submission_count, settled_amount, updated_at, version)
                values (?, ?, 2700.00, ?, 1, ?, ?, 0)""", operationId, state, Timestamp.from(NOW),
                settledAmount == null ? null : new BigDecimal(settledAmount), Timestamp.from(NOW));
    }

    private void participantSurvey(long enrolmentId, long operationId, String satisfaction) {
        survey(operationId, "PARTICIPANT", enrolmentId, "PARTICIPANT-" + enrolmentId, satisfaction, "LINK", null);
    }

    private void staffSurvey(long operationId, String respondentType, String satisfaction) {
        survey(operationId, respondentType, null, respondentType, satisfaction, "TASKLIST", "kpi");
    }

    private void survey(long operationId, String type, Long enrolmentId, String respondent, String satisfaction, String channel, String recordedBy) {
        jdbc.update("""
                insert into survey_response (operation_id, respondent_type, enrolment_id, respondent, satisfaction, satisfied, helped,
                    recommends, channel, recorded_by, answered_at, version)
                values (?, ?, ?, ?, ?, ?, 'YES', true, ?, ?, ?, 0)""", operationId, type, enrolmentId, respondent, satisfaction,
                List.of("VERY_SATISFIED", "RATHER_SATISFIED").contains(satisfaction),
                channel, recordedBy, Timestamp.from(NOW));
    }
}
