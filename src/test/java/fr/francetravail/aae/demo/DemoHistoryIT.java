package fr.francetravail.aae.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.demo.HistoryPlan.PlannedOperation;
import fr.francetravail.aae.demo.HistoryPlan.Stage;
import fr.francetravail.aae.support.EmbeddedDatabase;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.ServiceIT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The living demo of {@code dev} on a database of its own, empty at start-up: the history lands in the tables as
 * planned for the day, the tables give the deck's figures, and every running operation waits at the activity its
 * phase claims, with what its next step needs: one task of each kind completed through {@code /engine-rest} moves on.
 * Runs in a JVM of its own (failsafe execution {@code own-jvm}): its context cannot share the JVM with the others'.
 */
@TestPropertySource(properties = {"aae.demo-data=true", "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHistoryIT extends ServiceIT {

    /** The operations of {@link DemoData} written before the history. */
    private static final int DEV_OPERATIONS = 6;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.registerFresh(registry, "demo_history");
    }

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private DemoData demoData;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ExternalTaskService externalTasks;

    private HistoryPlan plan() {
        return HistoryPlan.of(LocalDate.now(clock));
    }

    @Test
    @Order(1)
    void theTablesHoldThePlanOfTheDayAndASecondStartAddsNothing() {
        HistoryPlan plan = plan();
        assertThat(count("operation")).isEqualTo(DEV_OPERATIONS + plan.operations().size());
        Map<String, Long> statuses = plan.operations().stream().collect(Collectors.groupingBy(o -> o.stage().status().name(), Collectors.counting()));
        assertThat(jdbc.sql("select status from operation order by id offset " + DEV_OPERATIONS).query(String.class).list().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()))).isEqualTo(statuses);
        assertThat(checksum(jdbc.sql("""
                select o.status, o.agency_code, o.partner_slug, o.venue, o.discipline, o.target_group_size, o.employer_meeting_date,
                  o.cancellation_reason from operation o order by o.id offset %d""".formatted(DEV_OPERATIONS))
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), String.valueOf(rs.getString(8)))).list()))
                .isEqualTo(checksum(plan.operations().stream().map(o -> String.join("|", o.stage().status().name(), o.site().agencyCode(),
                        o.site().partnerSlug(), o.venue(), o.discipline().name(), String.valueOf(o.targetGroupSize()),
                        o.employerMeetingDate().toString(), String.valueOf(o.cancellation()))).toList()));
        assertThat(checksum(jdbc.sql("""
                select p.france_travail_id, p.last_name, p.first_name, p.birth_year, e.status from participant p
                  join enrolment e on e.participant_id = p.id where p.france_travail_id like '8%' order by e.id""")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list()))
                .isEqualTo(checksum(plan.operations().stream().flatMap(o -> o.candidates().stream().map(c -> String.join("|",
                        c.franceTravailId(), c.lastName(), c.firstName(), String.valueOf(c.birthYear()), c.status(o.stage()).name()))).toList()));
        assertThat(count("outcome")).isEqualTo(3L * plan.completers().size());
        assertThat(jdbc.sql("select count(*) from attendance").query(Long.class).single()).isEqualTo(plan.operations().stream()
                .flatMap(o -> o.candidates().stream()).mapToLong(c -> c.attendance().size()).sum());

        Map<String, Long> before = counts();
        demoData.load();
        assertThat(counts()).as("rien d'écrit au second démarrage").isEqualTo(before);
    }

    @Test
    @Order(2)
    void theTablesGiveTheDecksFigures() {
        double completed = jdbc.sql("select count(*) from outcome where checkpoint = 'M6'").query(Double.class).single();
        assertThat(jdbc.sql("select count(*) from outcome where checkpoint = 'M6' and outcome_class = 'EMPLOYMENT'").query(Double.class).single()
                / completed).as("en emploi à 6 mois").isCloseTo(0.58, within(0.03));
        assertThat(jdbc.sql("select count(*) from outcome where checkpoint = 'M6' and outcome_class = 'TRAINING'").query(Double.class).single()
                / completed).as("en formation à 6 mois").isCloseTo(0.15, within(0.03));
        assertThat(jdbc.sql("""
                select avg(case when job_offers_proposed > 0 or training_proposed or service_proposed then 1.0 else 0.0 end)
                from meeting_result""").query(Double.class).single()).as("au moins une proposition").isCloseTo(0.76, within(0.03));
        Map<String, Double> satisfied = jdbc.sql("select respondent_type, avg(case when satisfied then 1.0 else 0.0 end) from survey_response "
                + "group by respondent_type").query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(satisfied.get("PARTICIPANT")).isCloseTo(0.92, within(0.03));
        assertThat(satisfied.get("PARTNER")).isEqualTo(1.0);
        assertThat(satisfied.get("COUNSELLOR")).isCloseTo(0.93, within(0.04));
        assertThat(jdbc.sql("select avg(settled_amount) from payment where state = 'SETTLED'").query(Double.class).single()).isEqualTo(2700.0);
        assertThat(jdbc.sql("select avg(n) from (select count(*) n from enrolment where status = 'COMPLETED' group by operation_id) c")
                .query(Double.class).single()).as("participants par groupe").isCloseTo(10, within(1.0));
        double placed = jdbc.sql("select count(*) from enrolment where placed_at is not null").query(Double.class).single();
        for (Map.Entry<String, double[]> share : Map.of("DELD", new double[] {0.35, 0.65}, "BRSA", new double[] {0.2, 0.4},
                "JEUNE", new double[] {0.1, 0.3}, "SENIOR", new double[] {0.1, 0.3}, "TH", new double[] {0.05, 0.2}).entrySet()) {
            assertThat(jdbc.sql("select count(*) from enrolment where placed_at is not null and priority_publics like ?")
                    .params("%" + share.getKey() + "%").query(Double.class).single() / placed).as(share.getKey())
                    .isBetween(share.getValue()[0], share.getValue()[1]);
        }
        assertThat(jdbc.sql("select count(distinct region_code) from agency").query(Long.class).single()).isEqualTo(5);
        // the KPIs sum each operation's figures, refreshed as the history and the services wrote its rows
        assertThat(count("kpi_operation")).isEqualTo(count("operation"));
        assertThat(jdbc.sql("select count(*) from (select * from kpi_operation_source except select * from kpi_operation) stale")
                .query(Long.class).single()).isZero();
    }

    @Test
    @Order(3)
    void runningOperationsWaitAtTheirActivitiesAndMoveOnFromThere() {
        HistoryPlan plan = plan();
        List<String> references = jdbc.sql("select reference from operation order by id offset " + DEV_OPERATIONS).query(String.class).list();

        PlannedOperation cohort = running(plan, Stage.COHORT_VALIDATION);
        Http cohortManager = as(managerOf(cohort.site().region()));
        complete(cohortManager, reference(plan, references, cohort), "Task_ValidateCohort", "{\"cohortValidation\": {\"value\": \"VALIDATED\"}}");
        runDueJobs();
        assertThat(status(reference(plan, references, cohort))).isEqualTo("WORKSHOPS");

        PlannedOperation workshops = running(plan, Stage.WORKSHOPS);
        String workshopsRef = reference(plan, references, workshops);
        Http mediator = as(workshops.site().mediator());
        runDueJobs();
        assertThat(tasks(mediator, workshopsRef, "Task_RecordAttendance")).hasSize(1);
        complete(mediator, workshopsRef, "Task_RecordAttendance", "{}");
        assertThat(jdbc.sql("select count(*) from workshop_session s join operation o on o.id = s.operation_id where o.reference = ? "
                + "and s.status = 'ATTENDANCE_RECORDED'").params(workshopsRef).query(Long.class).single())
                .isEqualTo(workshops.workshopsDone() + 1L);
        assertThat(activities(workshopsRef)).contains("Timer_WorkshopEve");

        PlannedOperation registration = running(plan, Stage.EMPLOYER_REGISTRATION);
        String registrationRef = reference(plan, references, registration);
        assertThat(status(registrationRef)).isEqualTo("EMPLOYER_MEETING");
        complete(as(registration.site().counsellor()), registrationRef, "Task_RegisterEmployers", """
                {"employers": {"type": "Json", "value": "[{\\"companyName\\": \\"Jardins du Nord\\", \\"sector\\": \\"Espaces verts\\", \
                \\"contactName\\": \\"Mme Test\\", \\"contactEmail\\": \\"rh@jardins.example\\", \\"offers\\": [{\\"title\\": \
                \\"Jardinier\\", \\"contractType\\": \\"CDD\\", \\"positions\\": 2}]}]"}}""");
        assertThat(activities(registrationRef)).contains("Timer_EmployerMeetingReminder");

        PlannedOperation meeting = running(plan, Stage.MEETING_RESULTS);
        String meetingRef = reference(plan, references, meeting);
        String results = jdbc.sql("select e.id from enrolment e join operation o on o.id = e.operation_id where o.reference = ? "
                + "and e.status = 'ENROLLED' order by e.id").params(meetingRef).query(Long.class).list().stream()
                .map(id -> "{\\\"enrolmentId\\\": %d, \\\"interviews\\\": 1, \\\"jobOffersProposed\\\": 1, \\\"hired\\\": false, "
                        .formatted(id) + "\\\"trainingProposed\\\": false, \\\"serviceProposed\\\": true}")
                .collect(Collectors.joining(", ", "[", "]"));
        Http counsellor = as(meeting.site().counsellor());
        complete(counsellor, meetingRef, "Task_RecordMeetingResults", "{\"meetingResults\": {\"type\": \"Json\", \"value\": \"" + results + "\"}}");
        runDueJobs();
        assertThat(tasks(counsellor, meetingRef, "Task_WriteBilan")).hasSize(1);
        assertThat(status(meetingRef)).isEqualTo("END_OF_ACTION");

        PlannedOperation ending = running(plan, Stage.END_OF_ACTION);
        String endingRef = reference(plan, references, ending);
        Http endingCounsellor = as(ending.site().counsellor());
        runDueJobs();
        assertThat(activities(endingRef)).contains("Timer_SurveyReminder");
        assertThat(jdbc.sql("select count(*) from survey_invitation i join operation o on o.id = i.operation_id where o.reference = ?")
                .params(endingRef).query(Long.class).single()).as("liens envoyés aux participants").isEqualTo(
                ending.candidates().stream().filter(c -> c.fate() == HistoryPlan.Fate.COMPLETED).count());
        complete(endingCounsellor, endingRef, "Task_WriteBilan", """
                {"bilanCourseOfAction": {"value": "Un groupe assidu."}, "bilanRenewPartnership": {"value": true}}""");
        String survey = """
                {"surveySatisfaction": {"value": "VERY_SATISFIED"}, "surveyHelped": {"value": "YES"}, "surveyRecommends": {"value": true}}""";
        complete(endingCounsellor, endingRef, "Task_CounsellorSurvey", survey);
        complete(as(ending.site().mediator()), endingRef, "Task_PartnerSurvey", survey);
        assertThat(activities(endingRef)).as("bilan et enquêtes du personnel faits").containsExactly("Timer_SurveyReminder");

        PlannedOperation payment = running(plan, Stage.PAYMENT_VALIDATION);
        String paymentRef = reference(plan, references, payment);
        Http paymentManager = as(managerOf(payment.site().region()));
        runDueJobs();
        assertThat(tasks(paymentManager, paymentRef, "Task_ValidatePayment")).hasSize(1);
        complete(paymentManager, paymentRef, "Task_ValidatePayment", "{\"paymentValidation\": {\"value\": \"VALIDATED\"}}");
        runDueJobs();
        assertThat(externalTasks.createExternalTaskQuery().topicName("afdas-payment").list())
                .anyMatch(task -> paymentRef.equals(task.getBusinessKey()));

        for (PlannedOperation followed : plan.operations().stream().filter(o -> o.stage() == Stage.FOLLOW_UP).toList()) {
            String followedRef = reference(plan, references, followed);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("aae-outcome-follow-up").processInstanceBusinessKey(followedRef)
                    .count()).as("un suivi par participant").isEqualTo(followed.candidates().stream().filter(c -> c.fate() == HistoryPlan.Fate.COMPLETED).count());
            assertThat(activities(followedRef)).containsOnly("CallActivity_OutcomeFollowUp");
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("aae-partner-payment").processInstanceBusinessKey(followedRef)
                    .count()).as("structure déjà payée").isZero();
        }
    }

    /** The demo's manager of the region ({@link DemoData}): only they see its managers' tasks. */
    private static String managerOf(Region region) {
        return switch (region) {
            case HDF -> "mmartin";
            case ARA -> "pgarnier";
            case IDF -> "kbenali";
            case OCC, NAQ -> "cfournier";
            default -> throw new IllegalArgumentException("pas de manager de démonstration en " + region);
        };
    }

    private static PlannedOperation running(HistoryPlan plan, Stage stage) {
        return plan.operations().stream().filter(o -> o.stage() == stage).findFirst().orElseThrow();
    }

    private static String reference(HistoryPlan plan, List<String> references, PlannedOperation operation) {
        return references.get(plan.operations().indexOf(operation));
    }

    private void complete(Http user, String reference, String taskKey, String variables) {
        user.post("/engine-rest/task/" + singleTask(user, reference, taskKey) + "/complete", "{\"variables\": " + variables + "}").expect(204);
    }

    private String status(String reference) {
        return jdbc.sql("select status from operation where reference = ?").params(reference).query(String.class).single();
    }

    /** The activities of the operation's main process waiting now. */
    private List<String> activities(String reference) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("aae-operation").processInstanceBusinessKey(reference)
                .singleResult().getId();
        return runtime.getActiveActivityIds(instance);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Long> counts() {
        return List.of("agency", "cultural_partner", "operation", "participant", "enrolment", "workshop_session", "attendance", "outcome",
                "payment", "survey_response").stream().collect(Collectors.toMap(table -> table, this::count));
    }

    private static String checksum(List<String> rows) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(String.join("\n", rows).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
