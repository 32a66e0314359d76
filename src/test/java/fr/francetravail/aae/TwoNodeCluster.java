package fr.francetravail.aae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.payment.PaymentProcess;
import fr.francetravail.aae.support.AfdasStub;
import fr.francetravail.aae.support.AfdasStub.Callback;
import fr.francetravail.aae.support.EmbeddedDatabase;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.ServiceNode;
import fr.francetravail.aae.workshop.WorkshopService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two nodes of the service, each a JVM of its own ({@link ServiceNode}), on one embedded PostgreSQL, with their job
 * executors, outbox dispatchers and external task workers running; the test's own context, on the same database, runs no
 * job (as every integration test's) and only prepares what a node would take too long to reach (workshops delivered, the
 * bilan written, the payment process started as {@code aae-operation} starts it). Clients send each request to a node of
 * their choice and, when it does not answer (stopped, killed, starting), to the other, as a load balancer does; a step
 * whose answer was lost is checked before it is sent again. Partnerships wait for their partner, who is reminded 2 s after
 * the draft by whichever node fires the timer; payments go through validation, AFDAS and its settlement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "aae.timers.partner-reminder=PT2S")
abstract class TwoNodeCluster extends ServiceIT {

    static final String AGENCY = "cl-arras";
    static final String PARTNER = "cl-tandem";
    static final String PARTNER_MAILBOX = "publics@tandem.example";
    static final String MANAGER = "cl-manager";
    static final String COUNSELLOR = "cl-conseiller";
    static final String BILAN_AUTHOR = "cl-referent";
    static final String MEDIATOR = "cl-mediateur";
    static final String REMINDER = "Timer_PartnerReminder";
    /** How long a step may wait for the cluster (a node restarting, a lock or a lease to pass). */
    static final Duration PATIENCE = Duration.ofMinutes(4);
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
    protected JdbcTemplate jdbc;

    protected final AfdasStub afdas = AfdasStub.shared();
    protected final List<ServiceNode> nodes = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.registerFresh(registry, "cluster");
    }

    /** Settings of both nodes beyond those that make them join this context (ids, quick timers and polling). */
    protected Map<String, String> nodeSettings() {
        return Map.of("aae.timers.partner-reminder", "PT2S", "aae.notifications.dispatch-interval", "PT1S",
                "aae.external-tasks.poll-interval", "PT1S", "spring.main.banner-mode", "off");
    }

    @BeforeAll
    void twoNodes() {
        scenario(MANAGER).agency(Agency.of(AGENCY, "Arras"))
                .partner(Partner.of(PARTNER, "Tandem", "62100000000003").type("THEATRE").in("HDF", "Arras").contact("Service des publics", PARTNER_MAILBOX))
                .counsellor(COUNSELLOR, AGENCY).counsellor(BILAN_AUTHOR, AGENCY, "managers").mediator(MEDIATOR, PARTNER);
        for (String name : List.of("node-a", "node-b")) {
            Map<String, String> properties = new LinkedHashMap<>(ServiceNode.joining(environment));
            // which node ran a job (ACT_HI_JOB_LOG.HOSTNAME_) and worked an external task
            properties.put("camunda.bpm.generic-properties.properties.hostname", name);
            properties.put("aae.external-tasks.worker-id", name);
            properties.putAll(nodeSettings());
            nodes.add(ServiceNode.of(name, properties, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").start());
        }
        nodes.forEach(ServiceNode::awaitReady);
    }

    @AfterAll
    void stopNodes() {
        for (ServiceNode node : nodes) {
            if (node.isAlive()) {
                assertThat(node.stop()).as("arrêt propre de %s (SIGTERM)", node.name()).isIn(0, 143);
            }
        }
    }

    /**
     * The call on the preferred node, else on the other, until one answers (a node that is down refuses the connection or
     * resets it; one that is starting answers 503 through its readiness, not here: its port is not open yet).
     */
    protected <T> T onAnyNode(int preferred, Function<ServiceNode, T> call) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        for (int attempt = 0; ; attempt++) {
            ServiceNode node = nodes.get((preferred + attempt) % nodes.size());
            try {
                return call.apply(node);
            } catch (UncheckedIOException unreachable) {
                if (unreachable.getCause() instanceof JsonProcessingException) {
                    throw unreachable;
                }
                assertThat(Instant.now()).as("aucun nœud ne répond").isBefore(giveUp);
                if (attempt % nodes.size() == nodes.size() - 1) {
                    pause(Duration.ofMillis(500));
                }
            }
        }
    }

    /**
     * Proposed by the counsellor under an {@code Idempotency-Key}, resent to the other node when the answer is lost: the
     * operation, or empty when the service recorded it but could not keep its answer (409 saying so).
     */
    protected Optional<Operation> propose(int preferred) {
        String key = UUID.randomUUID().toString();
        Proposal proposal = Proposal.of(PARTNER, AGENCY, TODAY.plusDays(20)).venue("Salle du Tandem", "THEATRE")
                .workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(40)).groupSize(8);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            Http.Response answer = onAnyNode(preferred, node -> node.as(COUNSELLOR).post("/api/operations", proposal.json(), "Idempotency-Key", key));
            if (answer.status() == 201) {
                JsonNode created = answer.json();
                return Optional.of(new Operation(created.path("id").asLong(), created.path("reference").asText()));
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(409);
            if (answer.body().contains("déjà été enregistrée")) {
                return Optional.empty();
            }
            // the first request still runs, or died with its node and its claim has not expired yet
            assertThat(Instant.now()).as("clé d'idempotence toujours occupée : %s", answer.body()).isBefore(giveUp);
            pause(Duration.ofSeconds(1));
        }
    }

    /** The counsellor's draft: the partner's review begins, and its reminder timer. */
    protected void draft(int preferred, Operation operation) {
        complete(preferred, COUNSELLOR, operation, "Task_DraftConvention", """
                {"conventionObjectives": {"value": "Remobiliser par la culture."},
                 "conventionWorkshopPlan": {"value": "Des ateliers dans la salle du Tandem."}}""");
    }

    /**
     * Signed (draft, acceptance, signature), workshops delivered and bilan written, then the payment process started; the
     * payment validated through the preferred node as soon as its task appears. Answers the payment process instance.
     */
    protected String validatedPayment(int preferred, Operation operation) {
        draft(preferred, operation);
        complete(preferred + 1, MEDIATOR, operation, "Task_ReviewConvention", "{\"partnerDecision\": {\"value\": \"ACCEPTED\"}}");
        complete(preferred, MANAGER, operation, "Task_SignConvention", "{\"signatureConfirmed\": {\"value\": true}}");
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
        await("validation du paiement de " + operation.reference()).atMost(PATIENCE).until(() -> onAnyNode(preferred,
                node -> !tasks(node.as(MANAGER), operation.reference(), PaymentProcess.TASK_VALIDATE_PAYMENT).isEmpty()));
        complete(preferred, MANAGER, operation, PaymentProcess.TASK_VALIDATE_PAYMENT, "{\"paymentValidation\": {\"value\": \"VALIDATED\"}}");
        return instance;
    }

    /**
     * AFDAS's settlement of the payment sent by a node's worker, posted to this node (else the other) and, as AFDAS does,
     * again while the service answers 409 (the payment recorded as sent, its process not yet waiting for the answer: a
     * node died between the two and the submission waits for its lock to expire): its outcome.
     */
    protected String settle(int preferred, Operation operation) {
        await("envoi à l'AFDAS de " + operation.reference()).atMost(PATIENCE).until(() -> "SUBMITTED".equals(paymentState(preferred, operation)));
        Callback settled = afdas.settled(afdas.lastReference(operation.reference()));
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            Http.Response answer = onAnyNode(preferred, node -> node.as(null).post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature",
                    settled.signature()));
            if (answer.status() != 409) {
                return answer.expect(200).json().path("outcome").asText();
            }
            assertThat(Instant.now()).as("avis de règlement toujours refusé : %s", answer.body()).isBefore(giveUp);
            pause(Duration.ofSeconds(1));
        }
    }

    protected String paymentState(int preferred, Operation operation) {
        return onAnyNode(preferred, node -> node.as(MANAGER).get("/api/operations/" + operation.reference() + "/payment").expect(200).json()
                .path("state").asText());
    }

    /** Whether the payment process waits for AFDAS's answer (its settlement message may be correlated). */
    protected boolean awaitsAfdas(String processInstance) {
        return runtime.createEventSubscriptionQuery().processInstanceId(processInstance).eventName(PaymentProcess.MESSAGE_PAYMENT_SETTLED)
                .count() == 1;
    }

    protected boolean isFinished(String processInstance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstance).finished().count() == 1;
    }

    /**
     * The user's open task of this kind completed; when it is not there any more, an earlier attempt whose answer was lost
     * completed it (the task existed when the step before ended: the chain is synchronous, or awaited).
     */
    private void complete(int preferred, String user, Operation operation, String taskKey, String variables) {
        onAnyNode(preferred, node -> {
            List<JsonNode> open = tasks(node.as(user), operation.reference(), taskKey);
            if (!open.isEmpty()) {
                node.as(user).post("/engine-rest/task/" + open.get(0).path("id").asText() + "/complete", "{\"variables\": " + variables + "}")
                        .expect(204);
            }
            return null;
        });
    }

    /** Times the timer of the operation's processes has fired. */
    protected long fired(Operation operation, String timer) {
        return jdbc.queryForObject("""
                select count(*) from act_hi_actinst a join act_hi_procinst p on p.proc_inst_id_ = a.proc_inst_id_
                where p.business_key_ = ? and a.act_id_ = ? and a.end_time_ is not null""", Long.class, operation.reference(), timer);
    }

    /** Messages of the outbox not sent (yet). */
    protected long unsentMails() {
        return jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class);
    }

    /** Times each outbox message reached the SMTP server, by Message-ID (one per message, whichever node sent it). */
    protected static Map<String, Long> receivedMails() throws MessagingException {
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1L, Long::sum);
        }
        return received;
    }

    /** The Message-ID of each message of the outbox. */
    protected List<String> outboxMessageIds() {
        return jdbc.query("select id, created_at from notification", (row, number) -> messageId(row.getLong("id"),
                row.getTimestamp("created_at").toInstant()));
    }

    /**
     * Jobs of the engine that succeeded more than once; but the history clean-up's, which runs again and again under one
     * id in its nightly window (Camunda's ever-living job).
     */
    protected long jobsSucceededTwice() {
        return jdbc.queryForObject("""
                select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup'
                                      group by job_id_ having count(*) > 1) twice""", Long.class);
    }

    /** Jobs that succeeded, per host name (node). */
    protected Map<String, Long> jobsByNode() {
        return jdbc.queryForList("select hostname_, count(*) jobs from act_hi_job_log where job_state_ = 2 group by hostname_").stream()
                .collect(Collectors.toMap(row -> String.valueOf(row.get("hostname_")), row -> ((Number) row.get("jobs")).longValue()));
    }

    protected static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
