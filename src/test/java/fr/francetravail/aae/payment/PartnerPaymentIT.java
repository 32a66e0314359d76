package fr.francetravail.aae.payment;

import static fr.francetravail.aae.payment.PaymentProcess.TASK_COMPLETE_FILE;
import static fr.francetravail.aae.payment.PaymentProcess.TASK_VALIDATE_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.payment.PaymentProcess.Variables;
import fr.francetravail.aae.platform.ExternalTaskInput;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import fr.francetravail.aae.support.AfdasStub;
import fr.francetravail.aae.support.AfdasStub.Callback;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.workshop.WorkshopService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * The AFDAS payment on the whole service, against the AFDAS stub: missing requirements completed by the counsellor, four
 * eyes refused, a crash after sending, settlement, forged and duplicate callbacks; a manager's return, a rejection and
 * a resubmission under a new key, an answer the process does not wait for yet; an outage (500, time-out) into an
 * incident retried through {@code /engine-rest}. Each time the stub holds exactly one accepted payment per operation.
 *
 * <p>The process {@code aae-partner-payment} runs alone here, started as {@code aae-operation} calls it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerPaymentIT extends ServiceIT {

    private static final String AGENCY = "py-douai";
    private static final String PARTNER = "py-hippodrome";
    private static final String MANAGER = "py-manager";
    private static final String COUNSELLOR = "py-conseiller";
    private static final String BILAN_AUTHOR = "py-referent";
    private static final String COUNSELLOR_MANAGER = "py-conseiller-manager";
    private static final String MEDIATOR = "py-mediateur";
    private static final String AFDAS_OFFICER = "py-afdas";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final String FILE_COMMENT = "Bilan signé par Mme Zéphyrine Douaisienne";
    private static final String RETURN_COMMENT = "Merci de joindre le RIB de M. Barnabé Hippolyte";

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private ExternalTaskService externalTasks;
    @Autowired
    private ExternalTaskWorker worker;
    @Autowired
    private WorkshopService workshops;
    @Autowired
    private PaymentService payments;
    @Autowired
    private AfdasClient afdasClient;
    @Autowired
    private AfdasPaymentHandler handler;
    @Autowired
    private JdbcTemplate jdbc;

    private final AfdasStub afdas = AfdasStub.shared();
    private Scenario scenario;

    @BeforeAll
    void partnersAndStaff() {
        scenario = scenario(MANAGER).agency(Agency.of(AGENCY, "Douai"))
                .partner(Partner.of(PARTNER, "L'Hippodrome", "62400000000007").type("THEATRE").in("HDF", "Douai")
                        .contact("Service des publics", "publics@hippodrome.example"))
                .counsellor(COUNSELLOR, AGENCY).counsellor(BILAN_AUTHOR, AGENCY, "managers")
                .counsellor(COUNSELLOR_MANAGER, AGENCY, "managers").mediator(MEDIATOR, PARTNER).user(AFDAS_OFFICER, "afdas");
    }


    @BeforeEach
    void resetAfdas() {
        afdas.reset();
    }

    @Test
    void missingBilanCompletedFourEyesRefusedCrashAfterSendingSettledOnceForgedAndDuplicateCallbacksChangeNothing() {
        Operation operation = deliveredOperation(false);
        String instance = start(operation);
        JsonNode payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("REQUIREMENTS_MISSING");
        assertThat(payment.path("missingRequirements").asText()).isEqualTo("Le bilan de l'action n'est pas rédigé");

        writeBilan(operation, BILAN_AUTHOR);
        complete(as(COUNSELLOR_MANAGER), operation, TASK_COMPLETE_FILE, "{\"paymentFileComment\": {\"value\": \"" + FILE_COMMENT + "\"}}");
        payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("AWAITING_VALIDATION");
        assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("2700");

        // Four eyes: neither the bilan's author nor the counsellor who completed the file may claim or complete the validation.
        String validation = singleTask(as(MANAGER), operation.reference(), TASK_VALIDATE_PAYMENT);
        for (String firstEyes : List.of(BILAN_AUTHOR, COUNSELLOR_MANAGER)) {
            Http.Response claim = as(firstEyes).post("/engine-rest/task/" + validation + "/claim", "{\"userId\": \"" + firstEyes + "\"}");
            // the engine wraps a task listener's refusal (ENGINE-03051): Tasklist shows its message
            assertThat(claim.status()).as(claim.body()).isGreaterThanOrEqualTo(400);
            assertThat(claim.json().path("message").asText()).contains("quatre yeux");
            Http.Response completion = as(firstEyes).post("/engine-rest/task/" + validation + "/complete",
                    "{\"variables\": {\"paymentValidation\": {\"value\": \"VALIDATED\"}}}");
            assertThat(completion.status()).as(completion.body()).isGreaterThanOrEqualTo(400);
            assertThat(completion.body()).contains("quatre yeux");
        }
        assertThat(as(MANAGER).get("/engine-rest/task/" + validation).expect(200).json().path("assignee").isNull()).isTrue();
        assertThat(payment(operation).path("state").asText()).isEqualTo("AWAITING_VALIDATION");
        as(MANAGER).post("/engine-rest/task/" + validation + "/claim", "{\"userId\": \"" + MANAGER + "\"}").expect(204);
        as(MANAGER).post("/engine-rest/task/" + validation + "/complete", "{\"variables\": {\"paymentValidation\": {\"value\": \"VALIDATED\"}}}")
                .expect(204);
        assertThat(payment(operation).path("validatedBy").asText()).isEqualTo(MANAGER);

        // A worker sends the request and crashes before recording anything; the task is handed out again.
        LockedExternalTask locked = lockSubmission(operation);
        afdasClient.submit(payments.pendingSubmission(((Number) locked.getVariables().get(Variables.PAYMENT_ID)).longValue()).orElseThrow());
        externalTasks.unlock(locked.getId());
        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(afdas.keysReceived(operation.reference())).containsExactly(operation.reference() + "-1", operation.reference() + "-1");
        assertThat(afdas.acceptedPayments(operation.reference())).isEqualTo(1);
        String afdasReference = afdas.lastReference(operation.reference());
        payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(payment.path("afdasReference").asText()).isEqualTo(afdasReference);
        assertThat(payment.path("submissionCount").asInt()).isEqualTo(1);
        assertThat(afdas.requests().get(0).header("Idempotency-Key")).isEqualTo(operation.reference() + "-1");
        assertThat(afdas.requests().get(0).body()).contains("\"partnerSiret\":\"62400000000007\"", "\"currency\":\"EUR\"", "2700");

        // Forged callbacks: refused, nothing written, the process still waits.
        Callback settled = afdas.settled(afdasReference);
        Map<String, Integer> before = rows(operation);
        Http anonymous = as(null);
        assertThat(anonymous.post("/api/afdas/callbacks", settled.body()).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature", "sha256=" + "0".repeat(64)).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/afdas/callbacks", settled.body().replace("2700", "27000"), "X-Afdas-Signature", settled.signature())
                .status()).as("corps modifié").isEqualTo(401);
        assertThat(anonymous.post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature",
                settled.signature().replace("sha256=", "sha1=")).status()).isEqualTo(401);
        Http.Response forged = as(MANAGER).post("/api/afdas/callbacks", settled.body());
        assertThat(forged.status()).as("des identifiants d'utilisateur ne remplacent pas la signature").isEqualTo(401);
        assertThat(forged.json().path("detail").asText()).contains("X-Afdas-Signature");
        assertThat(rows(operation)).isEqualTo(before);
        assertThat(payment(operation).path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(isFinished(instance)).isFalse();

        // The settlement, then the same callback again.
        assertThat(callback(settled).expect(200).json().path("outcome").asText()).isEqualTo("RECORDED");
        assertThat(isFinished(instance)).isTrue();
        Map<String, Integer> settledRows = rows(operation);
        assertThat(callback(settled).expect(200).json().path("outcome").asText()).isEqualTo("DUPLICATE_IGNORED");
        assertThat(rows(operation).get("events")).isEqualTo(settledRows.get("events") + 1);
        payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("SETTLED");
        assertThat(payment.path("settledAmount").decimalValue()).isEqualByComparingTo("2700");
        assertThat(payment.path("events").findValuesAsText("type")).containsExactly("OPENED", "ELIGIBILITY_CHECKED", "FILE_COMPLETED",
                "ELIGIBILITY_CHECKED", "VALIDATED", "SUBMITTED", "SETTLED", "DUPLICATE_CALLBACK_IGNORED");
        assertThat(payment.path("events").get(2).path("actor").asText()).isEqualTo(COUNSELLOR_MANAGER);
        assertThat(payment.path("events").get(2).path("detail").asText()).isEqualTo(FILE_COMMENT);
        assertThat(afdas.acceptedPayments(operation.reference())).isEqualTo(1);

        // Who reads the payment.
        assertThat(as(AFDAS_OFFICER).get("/api/operations/" + operation.reference() + "/payment").expect(200).json().path("state").asText())
                .isEqualTo("SETTLED");
        as(COUNSELLOR).get("/api/operations/" + operation.reference() + "/payment").expect(200);
        as(MEDIATOR).get("/api/operations/" + operation.reference() + "/payment").expect(403);
        assertNoCommentInCamunda();
    }

    @Test
    void returnedThenRejectedThenResubmittedUnderANewKeyAndPaidOnce() {
        Operation operation = deliveredOperation(true);
        String instance = start(operation);
        assertThat(payment(operation).path("state").asText()).isEqualTo("AWAITING_VALIDATION");

        Http.Response noComment = as(MANAGER).post("/engine-rest/task/" + singleTask(as(MANAGER), operation.reference(), TASK_VALIDATE_PAYMENT)
                + "/complete", "{\"variables\": {\"paymentValidation\": {\"value\": \"RETURNED\"}}}");
        assertThat(noComment.status()).isGreaterThanOrEqualTo(400);
        assertThat(noComment.body()).contains("paymentComment", "obligatoire");
        complete(as(MANAGER), operation, TASK_VALIDATE_PAYMENT, """
                {"paymentValidation": {"value": "RETURNED"}, "paymentComment": {"value": "%s"}}""".formatted(RETURN_COMMENT));
        assertThat(payment(operation).path("state").asText()).isEqualTo("RETURNED");
        complete(as(COUNSELLOR), operation, TASK_COMPLETE_FILE, "{}");
        validate(operation);
        assertThat(worker.runOnce()).isEqualTo(1);
        String first = afdas.lastReference(operation.reference());

        Callback rejection = afdas.rejected(first, "RIB de la structure illisible");
        assertThat(callback(rejection).expect(200).json().path("outcome").asText()).isEqualTo("RECORDED");
        JsonNode payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("REJECTED");
        assertThat(payment.path("rejectionReason").asText()).isEqualTo("RIB de la structure illisible");
        assertThat(afdas.acceptedPayments(operation.reference())).isZero();

        complete(as(COUNSELLOR), operation, TASK_COMPLETE_FILE, "{\"paymentFileComment\": {\"value\": \"Nouveau RIB joint\"}}");
        validate(operation);
        // The second submission is sent and recorded, then the worker crashes before completing its task.
        LockedExternalTask locked = lockSubmission(operation);
        handler.handle(new ExternalTaskInput(locked.getId(), locked.getBusinessKey(), locked.getVariables()));
        String second = afdas.lastReference(operation.reference());
        assertThat(second).isNotEqualTo(first);
        Map<String, Integer> before = rows(operation);
        Http.Response early = callback(afdas.settled(second));
        assertThat(early.status()).as("le processus n'attend pas encore : à renvoyer plus tard").isEqualTo(409);
        assertThat(rows(operation)).isEqualTo(before);
        assertThat(payment(operation).path("state").asText()).isEqualTo("SUBMITTED");
        externalTasks.unlock(locked.getId());
        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(afdas.keysReceived(operation.reference())).as("une clé par demande, la seconde envoyée une seule fois")
                .containsExactly(operation.reference() + "-1", operation.reference() + "-2");

        assertThat(callback(afdas.settled(second)).expect(200).json().path("outcome").asText()).isEqualTo("RECORDED");
        assertThat(callback(rejection).expect(200).json().path("outcome").asText()).as("rejet tardif de la première demande")
                .isEqualTo("DUPLICATE_IGNORED");
        assertThat(isFinished(instance)).isTrue();
        payment = payment(operation);
        assertThat(payment.path("state").asText()).isEqualTo("SETTLED");
        assertThat(payment.path("afdasReference").asText()).isEqualTo(second);
        assertThat(payment.path("submissionCount").asInt()).isEqualTo(2);
        assertThat(payment.path("events").findValuesAsText("type")).containsExactly("OPENED", "ELIGIBILITY_CHECKED", "RETURNED",
                "FILE_COMPLETED", "ELIGIBILITY_CHECKED", "VALIDATED", "SUBMITTED", "REJECTED", "FILE_COMPLETED", "ELIGIBILITY_CHECKED",
                "VALIDATED", "SUBMITTED", "SETTLED", "DUPLICATE_CALLBACK_IGNORED");
        assertThat(afdas.acceptedPayments(operation.reference())).isEqualTo(1);
        assertNoCommentInCamunda();
    }

    @Test
    void anOutageIsRetriedThenAnIncidentRetriedFromCockpitResumesWithTheSameKey() {
        Operation operation = deliveredOperation(true);
        String instance = start(operation);
        validate(operation);

        afdas.failsNext(1);
        assertThat(worker.runOnce()).isZero();
        ExternalTask submission = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult();
        assertThat(submission.getRetries()).isEqualTo(3);
        assertThat(submission.getErrorMessage()).contains("HTTP 500");
        assertThat(worker.runOnce()).as("pas de nouvelle tentative avant le délai").isZero();

        afdas.answersSlowlyNext(1, Duration.ofSeconds(4));
        externalTasks.unlock(submission.getId());
        assertThat(worker.runOnce()).isZero();
        submission = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult();
        assertThat(submission.getRetries()).isEqualTo(2);
        assertThat(submission.getErrorMessage()).contains("ne répond pas");

        afdas.failsNext(2);
        for (int retriesLeft = 1; retriesLeft >= 0; retriesLeft--) {
            externalTasks.unlock(submission.getId());
            assertThat(worker.runOnce()).isZero();
            assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult().getRetries()).isEqualTo(retriesLeft);
        }
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(worker.runOnce()).as("un incident attend l'opérateur").isZero();
        assertThat(payment(operation).path("state").asText()).isEqualTo("VALIDATED");

        as(ADMIN).send("PUT", "/engine-rest/external-task/" + submission.getId() + "/retries", "{\"retries\": 1}").expect(204);
        assertThat(worker.runOnce()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(afdas.keysReceived(operation.reference())).hasSize(5).containsOnly(operation.reference() + "-1");
        assertThat(afdas.acceptedPayments(operation.reference())).as("la réponse lente avait été prise : rejouée, pas doublée").isEqualTo(1);
        String afdasReference = afdas.lastReference(operation.reference());
        assertThat(payment(operation).path("afdasReference").asText()).isEqualTo(afdasReference);
        callback(afdas.settled(afdasReference)).expect(200);
        assertThat(isFinished(instance)).isTrue();
    }

    /** An operation whose convention is signed and workshops delivered with their sheets, its bilan written or not. */
    private Operation deliveredOperation(boolean bilanWritten) {
        Operation operation = scenario.propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(20)).venue("Salle Malraux", "THEATRE")
                .workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(40)).groupSize(8));
        signConvention(operation.reference(), as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        for (long workshop : workshops.schedule(operation.id())) {
            workshops.openSheet(workshop);
            workshops.recordAttendance(workshop, List.of(), List.of(), MEDIATOR);
        }
        if (bilanWritten) {
            writeBilan(operation, BILAN_AUTHOR);
        }
        return operation;
    }

    /** The bilan as the end of the action leaves it (that phase's form is the lead's). */
    private void writeBilan(Operation operation, String author) {
        new SimpleJdbcInsert(jdbc).withTableName("action_review").usingGeneratedKeyColumns("id").execute(Map.of("operation_id", operation.id(),
                "course_of_action", "Une action menée à son terme.", "renew_partnership", true, "written_by", author,
                "written_at", Timestamp.from(Instant.now())));
    }

    private String start(Operation operation) {
        String instance = runtime.startProcessInstanceByKey(PaymentProcess.KEY, operation.reference(),
                Map.of("operationId", operation.id(), "operationReference", operation.reference(), "agencyCode", AGENCY,
                        "partnerSlug", PARTNER, "targetGroupSize", 10)).getId();
        runDueJobs();
        return instance;
    }

    private void validate(Operation operation) {
        complete(as(MANAGER), operation, TASK_VALIDATE_PAYMENT, "{\"paymentValidation\": {\"value\": \"VALIDATED\"}}");
        assertThat(payment(operation).path("state").asText()).isEqualTo("VALIDATED");
    }

    private void complete(Http user, Operation operation, String taskKey, String variables) {
        String task = singleTask(user, operation.reference(), taskKey);
        String instance = as(ADMIN).get("/engine-rest/task/" + task).expect(200).json().path("processInstanceId").asText();
        user.post("/engine-rest/task/" + task + "/complete", "{\"variables\": " + variables + "}").expect(204);
        runDueJobs();
    }


    private LockedExternalTask lockSubmission(Operation operation) {
        List<LockedExternalTask> locked = externalTasks.fetchAndLock(1, "worker-qui-plante")
                .topic(PaymentProcess.TOPIC_AFDAS_PAYMENT, 60_000).variables(Variables.PAYMENT_ID).businessKey(operation.reference()).execute();
        assertThat(locked).hasSize(1);
        return locked.get(0);
    }

    private Http.Response callback(Callback callback) {
        return as(null).post("/api/afdas/callbacks", callback.body(), "X-Afdas-Signature", callback.signature());
    }

    private JsonNode payment(Operation operation) {
        return as(MANAGER).get("/api/operations/" + operation.reference() + "/payment").expect(200).json();
    }

    private boolean isFinished(String instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    }

    /** The payment's row (state and version) and its audit rows. */
    private Map<String, Integer> rows(Operation operation) {
        Map<String, Object> payment = jdbc.queryForMap("select id, state, version from payment where operation_id = ?", operation.id());
        Integer events = jdbc.queryForObject("select count(*) from payment_event where payment_id = ?", Integer.class, payment.get("id"));
        return Map.of("state", PaymentState.valueOf((String) payment.get("state")).ordinal(), "version", (Integer) payment.get("version"),
                "events", events, "payments", jdbc.queryForObject("select count(*) from payment", Integer.class));
    }

    private void assertNoCommentInCamunda() {
        for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where name_ in (?, ?)", Integer.class,
                    Variables.PAYMENT_FILE_COMMENT, Variables.PAYMENT_COMMENT)).as(table).isZero();
        }
        for (String text : List.of("Zéphyrine", "Hippolyte")) {
            assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where text_ like ? or text2_ like ?", Integer.class,
                    "%" + text + "%", "%" + text + "%")).as(text).isZero();
        }
    }
}
