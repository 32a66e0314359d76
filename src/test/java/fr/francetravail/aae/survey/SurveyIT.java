package fr.francetravail.aae.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.cohort.CandidateDecision;
import fr.francetravail.aae.cohort.ParticipationService;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.notification.SecretLink;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.support.EngineTablesScan;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Operation;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The end-of-action surveys of one operation whose five candidates gave four participants who completed the action:
 * links mailed through a real SMTP server (after a failed first attempt) and found nowhere else (database, outbox API,
 * log), the public page answered over real HTTP, used, expired and forged links
 * refused with a clear page and nothing written, an answer recorded by a counsellor, the partner's and the counsellor's
 * Tasklist answers, a reminder to the only participant left, and the counts. The steps build on one another.
 *
 * <p>Until the lead wires phase 5 into {@code aae-operation}, a stand-in process calls the real delegates and
 * listener in the order the operation will: send, remind the partner, the partner's and the counsellor's tasks, remind
 * the participants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class SurveyIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final String AGENCY = "sv-lens";
    private static final String PARTNER = "sv-louvre-lens";
    private static final String MANAGER = "sv-manager";
    /** National steering reads the outbox. */
    private static final String NATIONAL = "sv-national";
    private static final String COUNSELLOR = "sv-conseiller";
    private static final String OTHER_COUNSELLOR = "sv-conseiller-arras";
    private static final String MEDIATOR = "sv-mediateur";
    private static final String PARTNER_CONTACT = "mediation@sv-louvre-lens.example";
    private static final String SURNAME = "Quetzalcoatl";
    private static final String STAFF_COMMENT = "Merci à Mme " + SURNAME + " pour son énergie";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/enquete/([A-Za-z0-9_-]+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String STAND_IN = "survey-stand-in";
    private static final String INVITATION = "Votre avis sur « L'Art d'accéder à l'emploi »";

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext service;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RecruitmentService recruitment;
    @Autowired
    private ParticipationService participation;
    @Autowired
    private OperationService operations;
    @Autowired
    private SurveyService surveys;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    private String reference;
    private long operationId;
    private String deploymentId;
    private final Map<Integer, Long> enrolmentOf = new HashMap<>();
    private final Map<Integer, String> tokenOf = new HashMap<>();

    @BeforeAll
    void fourParticipantsCompletedTheAction() {
        Operation operation = scenario(MANAGER).agency(Agency.of(AGENCY, "Lens")).agency(Agency.of("sv-arras", "Arras"))
                .partner(Partner.of(PARTNER, "Louvre-Lens", "62200000000308").contact("Service des publics", PARTNER_CONTACT))
                .counsellor(COUNSELLOR, AGENCY).counsellor(OTHER_COUNSELLOR, "sv-arras").mediator(MEDIATOR, PARTNER).user(NATIONAL, "pilotage-national")
                .propose(COUNSELLOR, Proposal.of(PARTNER, AGENCY, TODAY.plusDays(20)).workshops(TODAY.plusDays(20), 3)
                        .employerMeeting(TODAY.plusDays(60)).groupSize(6));
        reference = operation.reference();
        operationId = operation.id();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));

        Http counsellor = as(COUNSELLOR);
        JsonNode added = counsellor.post("/api/operations/" + reference + "/candidates", "{\"candidates\": [" + candidates() + "]}")
                .expect(201).json();
        recruitment.openRecruitment(operationId, TODAY.plusDays(5), true);
        for (JsonNode candidate : added) {
            int n = Integer.parseInt(candidate.path("franceTravailId").asText().substring(5, 7));
            long enrolment = candidate.path("enrolmentId").asLong();
            enrolmentOf.put(n, enrolment);
            recruitment.invite(enrolment, COUNSELLOR);
            recruitment.decide(enrolment, n == 5 ? CandidateDecision.DECLINES : CandidateDecision.ACCEPTS, n != 5, COUNSELLOR);
            if (n != 5) {
                recruitment.place(enrolment, COUNSELLOR);
            }
        }
        operations.closeRecruitment(operationId);
        operations.startWorkshops(operationId);
        operations.completeWorkshops(operationId);
        operations.openEmployerMeeting(operationId);
        assertThat(participation.completeAction(operationId, COUNSELLOR)).containsExactlyInAnyOrderElementsOf(
                List.of(enrolmentOf.get(1), enrolmentOf.get(2), enrolmentOf.get(3), enrolmentOf.get(4)));
        assertThatThrownBy(() -> participation.completeAction(operationId, COUNSELLOR)).as("l'action ne se termine qu'une fois")
                .isInstanceOf(StateConflictException.class);
        Outbox.deliverDue(service);
        smtp.reset();
    }

    @AfterAll
    void removeStandIn() {
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    @Order(1)
    void eachParticipantWhoCompletedGetsAPersonalLinkByMailAndNowhereElse(CapturedOutput log) throws Exception {
        deploymentId = repository.createDeployment().addModelInstance(STAND_IN + ".bpmn", standIn()).deploy().getId();
        runtime.startProcessInstanceByKey(STAND_IN, reference, Map.of("operationId", operationId, "partnerSlug", PARTNER, "agencyCode", AGENCY));
        smtp.stop();
        assertThat(Outbox.deliverDue(service)).as("serveur SMTP arrêté : rien d'envoyé").isZero();
        smtp.start();
        assertThat(jdbc.update("update notification set next_attempt_at = current_timestamp where operation_id = ? and status = 'PENDING' "
                + "and attempts = 1", operationId)).as("premières tentatives en échec").isEqualTo(5);

        Map<String, String> bodies = delivered();
        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 4).mapToObj(n -> email(n) + " " + INVITATION).toList());
        expected.add(PARTNER_CONTACT + " Enquête de satisfaction " + reference + " : votre réponse est attendue");
        assertThat(bodies).as("ni le candidat qui a décliné, ni personne d'autre").containsOnlyKeys(expected);
        for (int n = 1; n <= 4; n++) {
            String body = bodies.get(email(n) + " " + INVITATION);
            assertThat(body).contains(SURNAME + n, "(Louvre-Lens, Galerie du temps)", "inclus", reference);
            tokenOf.put(n, token(body));
        }
        assertThat(tokenOf.values()).doesNotHaveDuplicates().allSatisfy(token -> assertThat(token).hasSize(43));
        for (String token : tokenOf.values()) {
            assertThat(jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ?", Integer.class, SurveyTokens.hash(token)))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from survey_invitation where token_hash = ? or token_salt = ?", Integer.class,
                    token, token)).as("le jeton lui-même n'est pas conservé").isZero();
        }
        assertThat(surveys.inviteParticipants(operationId)).as("un second envoi n'invite personne").isZero();
        assertOnlyMailed(tokenOf.values(), log);
        assertThat(get(tokenOf.get(4)).status()).as("le lien renvoyé après l'échec fonctionne").isEqualTo(200);
    }

    @Test
    @Order(2)
    void theLinkShowsTheFormKeepsRefusedAnswersThenThanksOnce() {
        Map<String, Integer> before = rows();
        Page form = get(tokenOf.get(1));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Votre avis sur l'action", "(Louvre-Lens, Galerie du temps)", "Très satisfait",
                "Pas du tout satisfait", "name=\"viewport\"", "<label for=\"comment\">").doesNotContain(SURNAME, email(1), "<script");
        assertThat(form.contentSecurityPolicy()).contains("frame-ancestors 'none'");

        Page refused = post(tokenOf.get(1), Map.of("helped", "PARTLY", "recommends", "true", "comment", "Accueil <chaleureux>"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Votre satisfaction : réponse obligatoire", "value=\"PARTLY\" required checked",
                "value=\"true\" required checked", "Accueil &lt;chaleureux&gt;</textarea>");
        assertThat(rows()).as("une réponse refusée n'écrit rien").isEqualTo(before);

        Page thanks = post(tokenOf.get(1), Map.of("satisfaction", "VERY_SATISFIED", "helped", "YES", "recommends", "true",
                "comment", "Une belle découverte"));
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("Merci !", "Louvre-Lens");
        Map<String, Object> stored = jdbc.queryForMap("select * from survey_response where enrolment_id = ?", enrolmentOf.get(1));
        assertThat(stored).containsEntry("respondent_type", "PARTICIPANT").containsEntry("satisfaction", "VERY_SATISFIED")
                .containsEntry("satisfied", true).containsEntry("helped", "YES").containsEntry("recommends", true)
                .containsEntry("comment", "Une belle découverte").containsEntry("channel", "LINK").containsEntry("recorded_by", null);
        assertThat(jdbc.queryForObject("select answered_at is not null from survey_invitation where enrolment_id = ?", Boolean.class,
                enrolmentOf.get(1))).isTrue();

        Map<String, Integer> answered = rows();
        assertThat(answered.get("responses")).isEqualTo(before.get("responses") + 1);
        Page again = get(tokenOf.get(1));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Vous avez déjà répondu").doesNotContain("<form");
        Page secondAnswer = post(tokenOf.get(1), Map.of("satisfaction", "NOT_AT_ALL_SATISFIED", "helped", "NO", "recommends", "false"));
        assertThat(secondAnswer.status()).isEqualTo(409);
        assertThat(rows()).as("un lien utilisé n'écrit plus rien").isEqualTo(answered);
    }

    @Test
    @Order(3)
    void forgedAndExpiredLinksGetAClearPageAndWriteNothing() {
        Map<String, Integer> before = rows();
        String forged = SurveyTokens.hash("x").substring(0, 43);
        Page unknown = get(forged);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Lien introuvable").doesNotContain("Louvre-Lens", "<form");
        assertThat(get("pas-un-jeton").body()).as("même page pour un jeton mal formé : rien à deviner").isEqualTo(unknown.body());
        assertThat(post(forged, Map.of("satisfaction", "VERY_SATISFIED", "helped", "YES", "recommends", "true")).status()).isEqualTo(404);

        jdbc.update("update survey_invitation set expires_at = current_timestamp - interval '1' minute where enrolment_id = ?", enrolmentOf.get(2));
        Page expired = get(tokenOf.get(2));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("Ce lien a expiré", "(Louvre-Lens, Galerie du temps)").doesNotContain("<form");
        Page lateAnswer = post(tokenOf.get(2), Map.of("satisfaction", "VERY_SATISFIED", "helped", "YES", "recommends", "true"));
        assertThat(lateAnswer.status()).isEqualTo(410);

        assertThat(rows()).as("ni un lien inconnu, ni un lien expiré n'écrivent").isEqualTo(before);
    }

    @Test
    @Order(4)
    void aCounsellorAnswersForAParticipantWhoseLinkThenStops() {
        String path = "/api/operations/" + reference + "/enrolments/" + enrolmentOf.get(3) + "/survey";
        String answers = """
                {"satisfaction": "RATHER_DISSATISFIED", "helped": "PARTLY", "recommends": false, "comment": "Horaires difficiles"}""";
        Map<String, Integer> before = rows();
        JsonNode invalid = as(COUNSELLOR).post(path, "{\"satisfaction\": \"BOF\", \"recommends\": true}").expect(400).json();
        assertThat(invalid.path("errors").findValuesAsText("field")).containsExactly("satisfaction", "helped");
        as(MEDIATOR).post(path, answers).expect(403);
        as(OTHER_COUNSELLOR).post(path, answers).expect(404);
        assertThat(rows()).isEqualTo(before);

        JsonNode response = as(COUNSELLOR).post(path, answers).expect(201).json();
        assertThat(response.path("channel").asText()).isEqualTo("ON_BEHALF");
        assertThat(response.path("recordedBy").asText()).isEqualTo(COUNSELLOR);
        assertThat(response.path("satisfied").asBoolean()).isFalse();
        assertThat(get(tokenOf.get(3)).status()).as("le lien du participant ne sert plus").isEqualTo(409);
        assertThat(as(MANAGER).post(path, answers).expect(409).json().path("detail").asText()).isEqualTo("Ce participant a déjà répondu à l'enquête");
        assertThat(as(COUNSELLOR).post("/api/operations/" + reference + "/enrolments/" + enrolmentOf.get(5) + "/survey", answers)
                .expect(409).json().path("detail").asText()).contains("terminé l'action");
    }

    @Test
    @Order(5)
    void partnerAndCounsellorAnswerInTasklistThenOnlyTheParticipantLeftIsReminded(CapturedOutput log) throws Exception {
        Http mediator = as(MEDIATOR);
        String partnerTask = singleTask(mediator, reference, "Task_PartnerSurvey");
        Http.Response incomplete = mediator.post("/engine-rest/task/" + partnerTask + "/complete",
                "{\"variables\": {\"surveyHelped\": {\"value\": \"YES\"}, \"surveyRecommends\": {\"value\": \"true\"}}}");
        assertThat(incomplete.status()).isGreaterThanOrEqualTo(400);
        assertThat(incomplete.body()).contains("surveySatisfaction");
        mediator.post("/engine-rest/task/" + partnerTask + "/complete", staffAnswers("VERY_SATISFIED")).expect(204);
        Http counsellor = as(COUNSELLOR);
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, reference, "Task_CounsellorSurvey") + "/complete",
                staffAnswers("RATHER_SATISFIED")).expect(204);

        assertThat(jdbc.queryForList("select respondent_type, channel, recorded_by, satisfied from survey_response where operation_id = ? "
                + "and enrolment_id is null order by respondent_type", operationId)).containsExactly(
                Map.of("respondent_type", "COUNSELLOR", "channel", "TASKLIST", "recorded_by", COUNSELLOR, "satisfied", true),
                Map.of("respondent_type", "PARTNER", "channel", "TASKLIST", "recorded_by", MEDIATOR, "satisfied", true));
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ = 'surveyComment'", Integer.class)
                + jdbc.queryForObject("select count(*) from act_hi_detail where name_ = 'surveyComment'", Integer.class)
                + jdbc.queryForObject("select count(*) from act_hi_detail where text_ like ?", Integer.class, "%" + SURNAME + "%")
                + jdbc.queryForObject("select count(*) from act_hi_varinst where text_ like ?", Integer.class, "%" + SURNAME + "%"))
                .as("le commentaire n'atteint pas l'historique Camunda").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ like 'survey%'", Integer.class)).isZero();

        Map<String, String> reminders = delivered();
        String reminder = "Rappel : votre avis sur « L'Art d'accéder à l'emploi »";
        assertThat(reminders).as("seul le participant 4 n'a ni répondu ni vu son lien expirer").containsOnlyKeys(email(4) + " " + reminder);
        assertThat(token(reminders.get(email(4) + " " + reminder))).as("le même lien").isEqualTo(tokenOf.get(4));
        assertThat(surveys.remindParticipants(operationId)).as("une relance rejouée ne renvoie rien").isZero();
        assertThat(get(tokenOf.get(4)).status()).isEqualTo(200);
        assertOnlyMailed(tokenOf.values(), log);
    }

    @Test
    @Order(6)
    void theCountsSayWhoWasInvitedWhoAnsweredAndWhoIsSatisfied() {
        JsonNode counts = as(MANAGER).get("/api/operations/" + reference + "/surveys").expect(200).json();
        Map<String, List<Integer>> byType = new LinkedHashMap<>();
        counts.forEach(count -> byType.put(count.path("respondentType").asText(),
                List.of(count.path("invited").asInt(), count.path("answered").asInt(), count.path("satisfied").asInt())));
        assertThat(byType).containsExactly(Map.entry("PARTICIPANT", List.of(4, 2, 1)), Map.entry("PARTNER", List.of(1, 1, 1)),
                Map.entry("COUNSELLOR", List.of(1, 1, 1)));
        as(MEDIATOR).get("/api/operations/" + reference + "/surveys").expect(403);
        as(OTHER_COUNSELLOR).get("/api/operations/" + reference + "/surveys").expect(404);
    }

    /**
     * The links' tokens are in the mails sent and nowhere else: not in any column of any table (the outbox included),
     * not in what {@code /api/notifications} shows national steering, not in the log; nor are the participants' addresses logged.
     */
    private void assertOnlyMailed(Collection<String> tokens, CapturedOutput log) {
        String outbox = as(NATIONAL).get("/api/notifications?status=SENT").expect(200).body();
        assertThat(outbox).as("la boîte d'envoi montre où va le lien").contains(SecretLink.PLACEHOLDER, email(4));
        for (String token : tokens) {
            assertThat(EngineTablesScan.anyTableColumnsContaining(jdbc, token)).as("colonnes contenant un jeton").isEmpty();
            assertThat(outbox).as("/api/notifications").doesNotContain(token);
            assertThat(log.getAll()).as("journal").doesNotContain(token);
        }
        String serviceLog = log.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail")) // the test's mail server
                .collect(Collectors.joining("\n"));
        assertThat(serviceLog).as("journal").doesNotContain(IntStream.rangeClosed(1, 5).mapToObj(SurveyIT::email).toArray(String[]::new));
    }

    /** What the survey page may change: the responses, the links used, the mails queued. */
    private Map<String, Integer> rows() {
        return Map.of("responses", count("select count(*) from survey_response where operation_id = ?"),
                "usedLinks", count("select count(*) from survey_invitation where operation_id = ? and answered_at is not null"),
                "notifications", count("select count(*) from notification where operation_id = ?"));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, operationId);
    }

    /** Delivers the outbox and returns this operation's mails received since the last call, by « recipient subject ». */
    private Map<String, String> delivered() throws Exception {
        smtp.reset();
        Outbox.deliverDue(service);
        Map<String, String> bodies = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String recipient = message.getAllRecipients()[0].toString();
            if (recipient.startsWith("quetzalcoatl") || recipient.equals(PARTNER_CONTACT)) {
                assertThat(bodies.put(recipient + " " + message.getSubject(), (String) message.getContent())).as("message en double").isNull();
            }
        }
        return bodies;
    }

    /** Send, remind the partner, the partner's then the counsellor's task, remind the participants: as phase 5 will. */
    private static BpmnModelInstance standIn() {
        return Bpmn.createExecutableProcess(STAND_IN).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_SendSurveys").camundaDelegateExpression("${sendParticipantSurveysDelegate}")
                .serviceTask("Task_RemindPartnerSurvey").camundaDelegateExpression("${remindPartnerSurveyDelegate}")
                .userTask(OperationProcess.TASK_PARTNER_SURVEY).camundaCandidateGroups("partenaire-${partnerSlug}")
                .camundaFormRef("aae-partner-survey").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("complete", "${staffSurveyAnsweredListener}")
                .userTask(OperationProcess.TASK_COUNSELLOR_SURVEY).camundaCandidateGroups("agence-${agencyCode}")
                .camundaFormRef("aae-counsellor-survey").camundaFormRefBinding("latest")
                .camundaTaskListenerDelegateExpression("complete", "${staffSurveyAnsweredListener}")
                .serviceTask("Task_RemindSurveys").camundaDelegateExpression("${remindParticipantSurveysDelegate}")
                .endEvent().done();
    }

    private static String staffAnswers(String satisfaction) {
        return """
                {"variables": {"surveySatisfaction": {"value": "%s"}, "surveyHelped": {"value": "YES"},
                 "surveyRecommends": {"value": "true"}, "surveyComment": {"value": "%s"}}}""".formatted(satisfaction, STAFF_COMMENT);
    }

    private Page get(String token) {
        return send(HttpRequest.newBuilder().GET(), token);
    }

    private Page post(String token, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded"), token);
    }

    private Page send(HttpRequest.Builder request, String token) {
        try {
            HttpResponse<String> response = CLIENT.send(request.uri(URI.create("http://localhost:" + port + "/enquete/" + token))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Content-Security-Policy").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token(String mailBody) {
        Matcher link = LINK.matcher(mailBody);
        assertThat(link.find()).as("lien dans : %s", mailBody).isTrue();
        return link.group(1);
    }

    private static String email(int candidate) {
        return "quetzalcoatl%02d@example.org".formatted(candidate);
    }

    /** Five candidates; the fifth will decline. */
    private static String candidates() {
        List<String> candidates = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            candidates.add("""
                    {"franceTravailId": "83000%02dS", "lastName": "%s%d", "firstName": "Prénom", "email": "%s", "birthYear": %d,
                     "registeredSince": "%s", "rsaBeneficiary": false, "qpvResident": false, "recognisedDisability": false}"""
                    .formatted(n, SURNAME, n, email(n), TODAY.getYear() - 30, TODAY.minusMonths(6)));
        }
        return String.join(", ", candidates);
    }

    /** One exchange with the survey page. */
    private record Page(int status, String body, String contentSecurityPolicy) {
    }
}
