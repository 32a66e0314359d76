package fr.francetravail.aae.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * One operation driven from its proposal to its closure, each step taken as its user takes it: every user task found
 * and completed through {@code /engine-rest} by its counsellor, mediator or manager (as Tasklist does), the operation's
 * resources through {@code /api}, AFDAS's callback as AFDAS sends it; the timers the operation waits on fired when the
 * step needs them, and its asynchronous steps and external tasks run as the test's {@link Background} runs them. A step
 * returns once what it set off has run. The same steps drive {@code OperationLifecycleIT} (its checks between them) and
 * the whole-operation benchmark. Created by {@link Scenario#journey}.
 */
public final class Journey {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    private final ServiceIT service;
    private final Background background;
    private final Cohort cohort;
    private final Http counsellor;
    private final Http mediator;
    private final Http manager;
    private final String reference;
    private final Map<Integer, Long> enrolments = new HashMap<>();
    private String instance;
    private int completedTasks;
    private int firedTimers;

    Journey(ServiceIT service, Cohort cohort, String counsellor, String mediator, String manager, String reference) {
        this.service = service;
        this.background = service.background();
        this.cohort = cohort;
        this.counsellor = service.as(counsellor);
        this.mediator = service.as(mediator);
        this.manager = service.as(manager);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }

    /** The operation's process instance (looked up once, as an administrator). */
    public String instance() {
        if (instance == null) {
            instance = service.as(ServiceIT.ADMIN).get("/engine-rest/process-instance?processDefinitionKey=aae-operation&businessKey=" + reference)
                    .expect(200).json().get(0).path("id").asText();
        }
        return instance;
    }

    /** The participants' follow-up process instances (as an administrator). */
    public List<String> followUps() {
        JsonNode instances = service.as(ServiceIT.ADMIN)
                .get("/engine-rest/process-instance?processDefinitionKey=aae-outcome-follow-up&businessKey=" + reference).expect(200).json();
        return StreamSupport.stream(instances.spliterator(), false).map(each -> each.path("id").asText()).toList();
    }

    /** The operation's status, as its counsellor reads it. */
    public String status() {
        return counsellor.get("/api/operations/" + reference).expect(200).json().path("status").asText();
    }

    /** Candidate n's enrolment in the operation, known once the cohort is validated. */
    public long enrolment(int candidate) {
        return enrolments.get(candidate);
    }

    /** User tasks completed by the steps so far. */
    public int completedTasks() {
        return completedTasks;
    }

    /** Timers fired by the steps so far. */
    public int firedTimers() {
        return firedTimers;
    }

    /** Phase 1: the convention drafted by the counsellor, accepted by the mediator, signed by the manager. */
    public Journey signConvention() {
        service.signConvention(reference, counsellor, mediator, manager);
        completedTasks += 3;
        background.settle(reference);
        return this;
    }

    /** Phase 2: candidates {@code from} to {@code to} of the cohort proposed, the cohort built (an information meeting in 5 days, confirmed should it fall on a weekend or a public holiday): each is invited. */
    public Journey buildCohort(int from, int to) {
        counsellor.post("/api/operations/" + reference + "/candidates", "{\"candidates\": [" + cohort.json(from, to) + "]}").expect(201);
        complete(counsellor, "Task_BuildCohort", "{\"variables\": {\"infoMeetingDate\": {\"value\": \"%s\"}, \"nonWorkingDaysConfirmed\": {\"value\": true}}}"
                .formatted(TODAY.plusDays(5)));
        return this;
    }

    /** Every invited candidate accepts and consents (the counsellor records it). */
    public Journey candidatesAccept() {
        for (JsonNode task : service.tasks(counsellor, reference, "Task_RecordCandidateDecision")) {
            completeTask(counsellor, task.path("id").asText(),
                    "{\"variables\": {\"candidateDecision\": {\"value\": \"ACCEPTS\"}, \"consent\": {\"value\": true}}}");
        }
        background.settle(reference);
        return this;
    }

    /** The manager validates the cohort; its members' enrolments are read (see {@link #enrolment}). */
    public Journey validateCohort() {
        complete(manager, "Task_ValidateCohort", "{\"variables\": {\"cohortValidation\": {\"value\": \"VALIDATED\"}}}");
        for (JsonNode member : counsellor.get("/api/operations/" + reference + "/cohort").expect(200).json()) {
            enrolments.put(cohort.number(member.path("franceTravailId").asText()), member.path("enrolmentId").asLong());
        }
        return this;
    }

    /** Phase 3: the next workshop, its eve and its end, then the mediator records everyone present. */
    public Journey workshop() {
        fireTimer(instance(), "Timer_WorkshopEve");
        fireTimer(instance(), "Timer_WorkshopOver");
        complete(mediator, "Task_RecordAttendance", "{}");
        return this;
    }

    /**
     * Phase 4: the counsellor registers an employer through {@code /api} and another through the task's form: « Boulangeries
     * Dupuis » and « Hôpital de Douai », their contacts bearing the cohort's surname.
     */
    public Journey registerEmployers() {
        counsellor.post("/api/operations/" + reference + "/employers", """
                [{"companyName": "Boulangeries Dupuis", "sector": "Commerce", "contactName": "M. %s", "contactEmail": "rh@dupuis.example",
                  "offers": [{"title": "Vendeur en boulangerie", "contractType": "CDI", "positions": 2}]}]""".formatted(cohort.surname()))
                .expect(201);
        complete(counsellor, "Task_RegisterEmployers", """
                {"variables": {"employers": {"type": "Json", "value": "[{\\"companyName\\": \\"Hôpital de Douai\\", \\"sector\\": \\"Santé\\", \
                \\"contactName\\": \\"Mme %s\\", \\"contactEmail\\": \\"recrutement@ch-douai.example\\", \\"offers\\": [{\\"title\\": \
                \\"Agent de service hospitalier\\", \\"contractType\\": \\"CDD\\", \\"positions\\": 3}]}]"}}}""".formatted(cohort.surname()));
        return this;
    }

    /** The employer meeting's reminder, then its end. */
    public Journey employerMeeting() {
        fireTimer(instance(), "Timer_EmployerMeetingReminder");
        fireTimer(instance(), "Timer_EmployerMeetingOver");
        return this;
    }

    /**
     * The counsellor records the meeting's results of the ten members: two interviews for 1 to 6, a job offer for 1 to 8,
     * 1 to 3 hired, a training proposed to 7, a service to 8. The action ends.
     */
    public Journey recordMeetingResults() {
        String results = IntStream.rangeClosed(1, 10).mapToObj(n -> """
                {"enrolmentId": %d, "interviews": %d, "jobOffersProposed": %d, "hired": %b, "trainingProposed": %b, "serviceProposed": %b}"""
                .formatted(enrolment(n), n <= 6 ? 2 : 0, n <= 8 ? 1 : 0, n <= 3, n == 7, n == 8)).collect(Collectors.joining(", "));
        complete(counsellor, "Task_RecordMeetingResults", "{\"variables\": {\"meetingResults\": {\"type\": \"Json\", \"value\": \"%s\"}}}"
                .formatted(("[" + results + "]").replace("\n", " ").replace("\"", "\\\"")));
        return this;
    }

    /** Phase 5: the counsellor records the survey of candidate n, who answered it on paper. */
    public Journey recordSurvey(int candidate) {
        counsellor.post("/api/operations/" + reference + "/enrolments/" + enrolment(candidate) + "/survey",
                "{\"satisfaction\": \"RATHER_SATISFIED\", \"helped\": \"PARTLY\", \"recommends\": true}").expect(201);
        return this;
    }

    /** The counsellor's bilan (naming a participant by the cohort's surname), the mediator's and the counsellor's surveys. */
    public Journey bilanAndStaffSurveys() {
        complete(counsellor, "Task_WriteBilan", """
                {"variables": {"bilanCourseOfAction": {"value": "Groupe assidu ; M. %s a entraîné les autres."},
                 "bilanStrengths": {"value": "La médiation du musée"}, "bilanRenewPartnership": {"value": true}}}""".formatted(cohort.surname()));
        complete(mediator, "Task_PartnerSurvey", """
                {"variables": {"surveySatisfaction": {"value": "VERY_SATISFIED"}, "surveyHelped": {"value": "YES"},
                 "surveyRecommends": {"value": true}, "surveyComment": {"value": "Merci à %s"}}}""".formatted(cohort.surname()));
        complete(counsellor, "Task_CounsellorSurvey", """
                {"variables": {"surveySatisfaction": {"value": "RATHER_SATISFIED"}, "surveyHelped": {"value": "YES"},
                 "surveyRecommends": {"value": true}}}""");
        return this;
    }

    /** The participants who have not answered are reminded. */
    public Journey surveyReminder() {
        fireTimer(instance(), "Timer_SurveyReminder");
        return this;
    }

    /** The surveys close: each participant's follow-up starts. */
    public Journey surveysClose() {
        fireTimer(instance(), "Timer_SurveyClose");
        return this;
    }

    /** Phase 6: the next checkpoint (M1, M3, M6) of every follow-up: each participant's situation is to be looked up. */
    public Journey checkpoint() {
        for (String followUp : followUps()) {
            fireTimer(followUp, "Timer_Checkpoint");
        }
        return this;
    }

    /**
     * The status service ({@link EmploymentStatusStub#shared()}) knows the members' situations: 1 and 2 in a permanent
     * contract, 3 in a fixed-term one of 6 months or more, 4 in training, 5 and 6 still seeking, 7 « UNKNOWN » and 8 not
     * known at all (the counsellor qualifies them), 9 in temporary work, 10 in a subsidised contract.
     */
    public Journey situationsKnown() {
        EmploymentStatusStub statusService = EmploymentStatusStub.shared();
        for (int n = 1; n <= 10; n++) {
            switch (n) {
                case 1, 2 -> statusService.knows(cohort.franceTravailId(n), "CDI");
                case 3 -> statusService.knows(cohort.franceTravailId(n), "CDD_6_MONTHS_OR_MORE");
                case 4 -> statusService.knows(cohort.franceTravailId(n), "TRAINING");
                case 5, 6 -> statusService.knows(cohort.franceTravailId(n), "STILL_SEEKING");
                case 7 -> statusService.doesNotKnowTheSituationOf(cohort.franceTravailId(n));
                case 8 -> statusService.doesNotKnow(cohort.franceTravailId(n));
                case 9 -> statusService.knows(cohort.franceTravailId(n), "TEMPORARY_WORK");
                default -> statusService.knows(cohort.franceTravailId(n), "SUBSIDISED_CONTRACT");
            }
        }
        return this;
    }

    /** The situations looked up from the status service; answers how many lookups the worker completed. */
    public int lookUpSituations() {
        return background.work(reference);
    }

    /** The counsellor qualifies every situation the status service did not give as a short fixed-term contract. */
    public Journey qualifySituations() {
        for (JsonNode task : service.tasks(counsellor, reference, "Task_QualifySituation")) {
            completeTask(counsellor, task.path("id").asText(), "{\"variables\": {\"situation\": {\"value\": \"CDD_UNDER_6_MONTHS\"}}}");
        }
        background.settle(reference);
        return this;
    }

    /** The payment: the manager validates it. */
    public Journey validatePayment() {
        complete(manager, "Task_ValidatePayment", "{\"variables\": {\"paymentValidation\": {\"value\": \"VALIDATED\"}}}");
        return this;
    }

    /** The payment request sent to AFDAS; answers how many external tasks the worker completed. */
    public int submitPayment() {
        return background.work(reference);
    }

    /** AFDAS's signed callback settling the operation's last payment (AfdasStub), as AFDAS sends it; the operation closes. */
    public Journey afdasSettles() {
        AfdasStub afdas = AfdasStub.shared();
        AfdasStub.Callback settled = afdas.settled(afdas.lastReference(reference));
        service.as(null).post("/api/afdas/callbacks", settled.body(), "X-Afdas-Signature", settled.signature()).expect(200);
        background.settle(reference);
        return this;
    }

    private void complete(Http user, String taskKey, String body) {
        completeTask(user, service.singleTask(user, reference, taskKey), body);
        background.settle(reference);
    }

    private void completeTask(Http user, String taskId, String body) {
        user.post("/engine-rest/task/" + taskId + "/complete", body).expect(204);
        completedTasks++;
    }

    private void fireTimer(String processInstance, String activityId) {
        background.settle(reference);
        service.fireTimer(processInstance, activityId);
        firedTimers++;
        background.settle(reference);
    }

    /**
     * How the operation's background work runs while a test drives it: its asynchronous steps and due timers
     * ({@link #settle}), its external tasks ({@link #work}). See {@link ServiceIT#background()}.
     */
    public interface Background {

        /** Returns once the asynchronous steps due in the operation's processes have run. */
        void settle(String reference);

        /** Runs the external tasks due (of the operation at least), then settles; answers how many the worker completed. */
        int work(String reference);
    }

    /**
     * The job seekers of an operation, numbered from 1: France Travail id {@code <idPrefix><nn>A} (a 5-digit prefix),
     * last name {@code <surname><nn>}, mail {@code <mailbox><nn>@example.org}, one in three living in a priority
     * neighbourhood (QPV). Personal data: the surname also appears in the employers' contacts and in the bilan.
     */
    public record Cohort(String idPrefix, String surname, String mailbox) {

        public String franceTravailId(int candidate) {
            return "%s%02dA".formatted(idPrefix, candidate);
        }

        public String email(int candidate) {
            return "%s%02d@example.org".formatted(mailbox, candidate);
        }

        /** The number of the candidate of this France Travail id. */
        int number(String franceTravailId) {
            return Integer.parseInt(franceTravailId.substring(idPrefix.length(), idPrefix.length() + 2));
        }

        /** Candidates {@code from} to {@code to}, as in the body of {@code POST /api/operations/<reference>/candidates}. */
        String json(int from, int to) {
            return IntStream.rangeClosed(from, to).mapToObj(n -> """
                    {"franceTravailId": "%s", "lastName": "%s%02d", "firstName": "Prénom%02d", "email": "%s", "birthYear": %d,
                     "registeredSince": "%s", "rsaBeneficiary": false, "qpvResident": %b, "recognisedDisability": false}"""
                    .formatted(franceTravailId(n), surname, n, n, email(n), TODAY.getYear() - 30 - n, TODAY.minusMonths(6 + n), n % 3 == 0))
                    .collect(Collectors.joining(", "));
        }
    }
}
