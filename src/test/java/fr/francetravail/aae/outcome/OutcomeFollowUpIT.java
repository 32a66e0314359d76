package fr.francetravail.aae.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import fr.francetravail.aae.support.EmploymentStatusStub;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * One participant's six-month follow-up on the whole service: {@code aae-outcome-follow-up} started as the operation
 * will start it, its three timers fired through the engine, the external task worker run against the status service
 * stub (known situation, unknown job seeker qualified by the counsellor through {@code /engine-rest}, a 500 then a
 * recovery), and the outcomes read through {@code /api}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeFollowUpIT extends ServiceIT {

    private static final String COUNSELLOR = "of-conseiller";
    private static final String MANAGER = "of-manager";
    private static final String MEDIATOR = "of-mediateur";
    private static final String FRANCE_TRAVAIL_ID = "7812345K";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private ExternalTaskService externalTasks;
    @Autowired
    private HistoryService history;
    @Autowired
    private ExternalTaskWorker worker;
    @Autowired
    private JdbcTemplate jdbc;

    private final EmploymentStatusStub statusService = EmploymentStatusStub.shared();
    private String reference;
    private long operationId;
    private long enrolmentId;

    @BeforeAll
    void aParticipantWhoCompletedTheAction() {
        Operation operation = scenario(MANAGER).agency(Agency.of("of-arras", "Arras").mailbox("arras@francetravail.example"))
                .partner(Partner.of("of-tandem", "Tandem", "62300000000009").type("THEATRE").in("HDF", "Arras")
                        .contact("Paul Scène", "mediation@tandem.example"))
                .counsellor(COUNSELLOR, "of-arras").mediator(MEDIATOR, "of-tandem")
                .propose(COUNSELLOR, Proposal.of("of-tandem", "of-arras", TODAY.plusDays(20)).venue("Grande salle", "THEATRE")
                        .workshops(TODAY.plusDays(20), 2).employerMeeting(TODAY.plusDays(40)).groupSize(8));
        reference = operation.reference();
        operationId = operation.id();
        // The phases that complete an enrolment come with other issues: the participant and its enrolment are written as they will leave them.
        Timestamp now = Timestamp.from(Instant.now());
        long participantId = new SimpleJdbcInsert(jdbc).withTableName("participant").usingGeneratedKeyColumns("id").executeAndReturnKey(Map.ofEntries(
                Map.entry("france_travail_id", FRANCE_TRAVAIL_ID), Map.entry("last_name", "Suivi"), Map.entry("first_name", "Camille"),
                Map.entry("email", "camille.suivi@exemple.fr"), Map.entry("birth_year", 1985), Map.entry("registered_since", java.sql.Date.valueOf(TODAY.minusYears(2))),
                Map.entry("rsa_beneficiary", false), Map.entry("qpv_resident", false), Map.entry("recognised_disability", false),
                Map.entry("created_at", now), Map.entry("updated_at", now), Map.entry("version", 0))).longValue();
        enrolmentId = new SimpleJdbcInsert(jdbc).withTableName("enrolment").usingGeneratedKeyColumns("id").executeAndReturnKey(Map.of(
                "operation_id", operationId, "participant_id", participantId, "status", "COMPLETED", "added_by", COUNSELLOR,
                "added_at", now, "unexcused_streak", 0, "version", 0)).longValue();
        statusService.reset();
    }

    @Test
    void theSituationIsRecordedAtOneThreeAndSixMonths() {
        String instance = runtime.startProcessInstanceByKey(OutcomeFollowUpProcess.KEY, reference, Map.of("operationId", operationId,
                "enrolmentId", enrolmentId, "agencyCode", "of-arras", "actionEndedOn", TODAY.toString())).getId();

        // M1: the status service knows the situation, asked for the day a month later (the next working day if need be).
        statusService.knows(FRANCE_TRAVAIL_ID, "CDI");
        fireCheckpointTimer(instance);
        assertThat(worker.runOnce()).isEqualTo(1);
        runDueJobs();
        assertThat(recordedCheckpoints()).isEqualTo(1);
        assertThat(statusService.requests()).containsExactly(
                "/job-seekers/" + FRANCE_TRAVAIL_ID + "/situation?date=" + WorkingDays.onOrAfter(TODAY.plusMonths(1)));

        // M3: the job seeker is unknown to the service (404): the agency's counsellor qualifies the situation.
        statusService.doesNotKnow(FRANCE_TRAVAIL_ID);
        fireCheckpointTimer(instance);
        assertThat(worker.runOnce()).isEqualTo(1);
        Http counsellor = as(COUNSELLOR);
        runDueJobs();
        assertThat(counsellor.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json()).hasSize(1);
        JsonNode task = counsellor.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0);
        assertThat(task.path("name").asText()).isEqualTo("Qualifier la situation à 3 mois");
        assertThat(as(MEDIATOR).get("/engine-rest/task?processInstanceId=" + instance).expect(200).json()).isEmpty();
        counsellor.post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                "{\"variables\": {\"situation\": {\"value\": \"TRAINING\"}}}").expect(204);
        assertThat(recordedCheckpoints()).isEqualTo(2);

        // M6: the service fails, the look-up waits for its retry, then the service answers again.
        statusService.fails(FRANCE_TRAVAIL_ID);
        fireCheckpointTimer(instance);
        assertThat(worker.runOnce()).isZero();
        ExternalTask lookUp = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult();
        assertThat(lookUp.getRetries()).isEqualTo(3);
        assertThat(lookUp.getErrorMessage()).contains("HTTP 500");
        assertThat(worker.runOnce()).as("pas de nouvelle tentative avant le délai").isZero();
        statusService.knows(FRANCE_TRAVAIL_ID, "CDD_UNDER_6_MONTHS");
        externalTasks.unlock(lookUp.getId());
        assertThat(worker.runOnce()).isEqualTo(1);
        runDueJobs();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance)
                .finished().count()).isOne();

        JsonNode outcomes = counsellor.get("/api/operations/" + reference + "/outcomes").expect(200).json();
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).path("enrolmentId").asLong()).isEqualTo(enrolmentId);
        JsonNode checkpoints = outcomes.get(0).path("checkpoints");
        assertThat(checkpoints.findValuesAsText("checkpoint")).containsExactly("M1", "M3", "M6");
        assertThat(checkpoints.findValuesAsText("situation")).containsExactly("CDI", "TRAINING", "CDD_UNDER_6_MONTHS");
        assertThat(checkpoints.findValuesAsText("outcomeClass")).containsExactly("EMPLOYMENT", "TRAINING", "EMPLOYMENT");
        assertThat(checkpoints.findValuesAsText("source")).containsExactly("STATUS_SERVICE", "COUNSELLOR", "STATUS_SERVICE");
        assertThat(checkpoints.get(1).path("recordedBy").asText()).isEqualTo(COUNSELLOR);
        assertThat(as(MANAGER).get("/api/operations/" + reference + "/outcomes").expect(200).json()).hasSize(1);
        as(MEDIATOR).get("/api/operations/" + reference + "/outcomes").expect(403);
    }

    /** The checkpoint's timer, due a month or more from now, fired through the engine as if its day had come. */
    private void fireCheckpointTimer(String instance) {
        runDueJobs();
        assertThat(management.createJobQuery().processInstanceId(instance).timers().count()).isOne();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    }

    private int recordedCheckpoints() {
        Integer count = jdbc.queryForObject("select count(*) from outcome where enrolment_id = ?", Integer.class, enrolmentId);
        return count == null ? 0 : count;
    }
}
