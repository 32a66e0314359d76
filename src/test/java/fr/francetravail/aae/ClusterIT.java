package fr.francetravail.aae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.payment.PaymentProcess;
import fr.francetravail.aae.support.AfdasStub;
import fr.francetravail.aae.support.AfdasStub.Callback;
import fr.francetravail.aae.support.EmbeddedDatabase;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.ServiceNode;
import fr.francetravail.aae.workshop.WorkshopService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes of the service, each a JVM of its own ({@link ServiceNode}), on one embedded PostgreSQL, with their job
 * executors, outbox dispatchers and external task workers running at once; this test's own context, on the same database,
 * runs no job (as every integration test's) and only prepares what a node would take too long to reach. Clients send
 * their requests to either node. Partnerships wait for their partner (a reminder due 2 s after the draft, fired by
 * whichever node acquires it) while payments go through validation, AFDAS and its settlement, the last callback sent to
 * both nodes at the same instant. Nothing is lost and nothing doubled: every timer fired once, no job succeeded twice,
 * every message of the outbox reached the SMTP server exactly once, one payment accepted by AFDAS per operation.
 * Runs in a JVM of its own (failsafe execution {@code own-jvm}): its context has a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "aae.timers.partner-reminder=PT2S")
class ClusterIT extends ServiceIT {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterIT.class);
    private static final String AGENCY = "cl-arras";
    private static final String PARTNER = "cl-tandem";
    private static final String PARTNER_MAILBOX = "publics@tandem.example";
    private static final String MANAGER = "cl-manager";
    private static final String COUNSELLOR = "cl-conseiller";
    private static final String BILAN_AUTHOR = "cl-referent";
    private static final String MEDIATOR = "cl-mediateur";
    private static final int REMINDED_OPERATIONS = 12;
    private static final int PAID_OPERATIONS = 6;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Autowired
    private Environment environment;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private WorkshopService workshops;
    @Autowired
    private JdbcTemplate jdbc;

    private final AfdasStub afdas = AfdasStub.shared();
    private final List<ServiceNode> nodes = new ArrayList<>();
    private Scenario scenario;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.registerFresh(registry, "cluster");
    }

    @BeforeAll
    void twoNodes() {
        scenario = scenario(MANAGER).agency(Agency.of(AGENCY, "Arras"))
                .partner(Partner.of(PARTNER, "Tandem", "62100000000003").type("THEATRE").in("HDF", "Arras").contact("Service des publics", PARTNER_MAILBOX))
                .counsellor(COUNSELLOR, AGENCY).counsellor(BILAN_AUTHOR, AGENCY, "managers").mediator(MEDIATOR, PARTNER);
        for (String name : List.of("node-a", "node-b")) {
            Map<String, String> properties = new LinkedHashMap<>(ServiceNode.joining(environment));
            properties.putAll(Map.of(
                    // which node ran a job (ACT_HI_JOB_LOG.HOSTNAME_), worked an external task, sent a mail
                    "camunda.bpm.generic-properties.properties.hostname", name, "aae.external-tasks.worker-id", name,
                    "aae.timers.partner-reminder", "PT2S", "aae.notifications.dispatch-interval", "PT1S",
                    "aae.external-tasks.poll-interval", "PT1S", "spring.main.banner-mode", "off"));
            nodes.add(ServiceNode.of(name, properties, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").start());
        }
        nodes.forEach(ServiceNode::awaitReady);
    }

    @AfterAll
    void stopNodes() {
        for (ServiceNode node : nodes) {
            assertThat(node.stop()).as("arrêt propre de %s (SIGTERM)", node.name()).isIn(0, 143);
        }
    }

    @Test
    void timersMailsAndPaymentsRunOnBothNodesOnceEach() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Operation>> reminded = new ArrayList<>();
        List<Future<Operation>> paid = new ArrayList<>();
        try {
            for (int i = 0; i < REMINDED_OPERATIONS; i++) {
                ServiceNode node = nodes.get(i % 2);
                reminded.add(clients.submit(() -> awaitingPartner(node)));
            }
            for (int i = 0; i < PAID_OPERATIONS; i++) {
                ServiceNode node = nodes.get(i % 2);
                ServiceNode other = nodes.get((i + 1) % 2);
                paid.add(clients.submit(() -> paidOnce(node, other)));
            }
            List<Operation> remindedOperations = results(reminded);
            List<Operation> paidOperations = results(paid);

            for (Operation operation : remindedOperations) {
                assertThat(fired(operation, "Timer_PartnerReminder")).as("relance de %s", operation.reference()).isEqualTo(1);
            }
            for (Operation operation : paidOperations) {
                assertThat(afdas.acceptedPayments(operation.reference())).as("paiements acceptés de %s", operation.reference()).isEqualTo(1);
                assertThat(payment(nodes.get(0), operation).path("state").asText()).isEqualTo("SETTLED");
            }
        } finally {
            clients.shutdownNow();
        }

        await("la file des courriels vide").atMost(PATIENCE).until(() ->
                jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class) == 0);
        assertMailsSentOnce();
        assertNoJobTwice();
    }

    /** Proposed and drafted through this node; the partner, silent, is reminded by whichever node fires the timer. */
    private Operation awaitingPartner(ServiceNode node) {
        Operation operation = propose(node);
        Http counsellor = node.as(COUNSELLOR);
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, operation.reference(), "Task_DraftConvention") + "/complete", """
                {"variables": {"conventionObjectives": {"value": "Remobiliser par la culture."},
                 "conventionWorkshopPlan": {"value": "Des ateliers dans la salle du Tandem."}}}""").expect(204);
        await("relance de " + operation.reference()).atMost(PATIENCE).until(() -> fired(operation, "Timer_PartnerReminder") > 0);
        return operation;
    }

    /**
     * Convention signed through this node, workshops delivered and bilan written (as PartnerPaymentIT prepares them), the
     * payment validated through the other node, sent to AFDAS by a node's worker, then the settlement posted to both.
     */
    private Operation paidOnce(ServiceNode node, ServiceNode other) throws Exception {
        Operation operation = propose(node);
        signConvention(operation.reference(), node.as(COUNSELLOR), node.as(MEDIATOR), node.as(MANAGER));
        for (long workshop : workshops.schedule(operation.id())) {
            workshops.openSheet(workshop);
            workshops.recordAttendance(workshop, List.of(), List.of(), MEDIATOR);
        }
        new SimpleJdbcInsert(jdbc).withTableName("action_review").usingGeneratedKeyColumns("id").execute(Map.of("operation_id", operation.id(),
                "course_of_action", "Une action menée à son terme.", "renew_partnership", true, "written_by", BILAN_AUTHOR,
                "written_at", Timestamp.from(Instant.now())));
        String instance = runtime.startProcessInstanceByKey(PaymentProcess.KEY, operation.reference(),
                Map.of("operationId", operation.id(), "operationReference", operation.reference(), "agencyCode", AGENCY,
                        "partnerSlug", PARTNER, "targetGroupSize", 10)).getId();

        Http manager = other.as(MANAGER);
        await("validation du paiement de " + operation.reference()).atMost(PATIENCE)
                .until(() -> !tasks(manager, operation.reference(), PaymentProcess.TASK_VALIDATE_PAYMENT).isEmpty());
        manager.post("/engine-rest/task/" + singleTask(manager, operation.reference(), PaymentProcess.TASK_VALIDATE_PAYMENT) + "/complete",
                "{\"variables\": {\"paymentValidation\": {\"value\": \"VALIDATED\"}}}").expect(204);
        await("envoi à l'AFDAS de " + operation.reference()).atMost(PATIENCE)
                .until(() -> "SUBMITTED".equals(payment(node, operation).path("state").asText()));

        Callback settled = afdas.settled(afdas.lastReference(operation.reference()));
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = both.invokeAll(nodes.stream().<Callable<String>>map(each -> () -> each.as(null)
                    .post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature", settled.signature()).expect(200).json().path("outcome").asText())
                    .toList());
            List<String> answers = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                answers.add(outcome.get());
            }
            assertThat(answers).as("le même avis de règlement reçu par les deux nœuds").containsExactlyInAnyOrder("RECORDED", "DUPLICATE_IGNORED");
        } finally {
            both.shutdown();
        }
        await("fin du paiement de " + operation.reference()).atMost(PATIENCE)
                .until(() -> history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1);
        return operation;
    }

    private Operation propose(ServiceNode node) {
        Proposal proposal = Proposal.of(PARTNER, AGENCY, TODAY.plusDays(20)).venue("Salle du Tandem", "THEATRE")
                .workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(40)).groupSize(8);
        JsonNode created = node.as(COUNSELLOR).post("/api/operations", proposal.json()).expect(201).json();
        return new Operation(created.path("id").asLong(), created.path("reference").asText());
    }

    /** Every message of the outbox reached the SMTP server once, under its own Message-ID, whichever node sent it. */
    private void assertMailsSentOnce() throws MessagingException {
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1L, Long::sum);
        }
        List<Map<String, Object>> outbox = jdbc.queryForList("select id from notification");
        LOG.info("Courriels : {} messages dans la file, {} reçus", outbox.size(), received.values().stream().mapToLong(Long::longValue).sum());
        assertThat(received).as("chaque message reçu une fois").allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(outbox.stream()
                .map(row -> "<aae-notification-" + row.get("id") + "@aae.francetravail.fr>").toList());
        assertThat(outbox).hasSizeGreaterThanOrEqualTo(REMINDED_OPERATIONS);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ? and subject like '% : votre réponse est attendue'",
                Long.class, PARTNER_MAILBOX)).as("une relance par partenariat en attente").isGreaterThanOrEqualTo(REMINDED_OPERATIONS);
    }

    /** No job of the engine succeeded twice, and every job ran on one of the two nodes (this context runs none). */
    private void assertNoJobTwice() {
        List<Map<String, Object>> twice = jdbc.queryForList("""
                select job_id_, count(*) from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1""");
        assertThat(twice).as("travaux réussis deux fois").isEmpty();
        Map<String, Long> byNode = jdbc.queryForList("select hostname_, count(*) jobs from act_hi_job_log where job_state_ = 2 group by hostname_")
                .stream().collect(Collectors.toMap(row -> String.valueOf(row.get("hostname_")), row -> ((Number) row.get("jobs")).longValue()));
        LOG.info("Travaux réussis par nœud : {}", byNode);
        assertThat(byNode.keySet()).isNotEmpty().isSubsetOf("node-a", "node-b");
    }

    private long fired(Operation operation, String timer) {
        return jdbc.queryForObject("""
                select count(*) from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                where p.business_key_ = ? and a.act_id_ = ? and a.end_time_ is not null""", Long.class, operation.reference(), timer);
    }

    private JsonNode payment(ServiceNode node, Operation operation) {
        return node.as(MANAGER).get("/api/operations/" + operation.reference() + "/payment").expect(200).json();
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
