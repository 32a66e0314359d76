package fr.francetravail.aae.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on an embedded PostgreSQL, on a random port, driven as a client would drive it. All integration
 * tests share this one context; each creates its own agencies, partners and users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.admin-user.id=" + ServiceIT.ADMIN,
        "camunda.bpm.admin-user.password=" + ServiceIT.ADMIN,
        // the embedded server may stop before the context at JVM exit: fail fast instead of waiting for it
        "spring.datasource.hikari.connection-timeout=2000",
        // no job is acquired by the job executor (no job has this priority; the engine applies the range to its acquisition
        // query only when it acquires by priority): tests run them themselves (runDueJobs)
        "camunda.bpm.generic-properties.properties.jobExecutorAcquireByPriority=true",
        "camunda.bpm.generic-properties.properties.jobExecutorPriorityRangeMin=" + Long.MAX_VALUE,
        // a real SMTP server (GreenMail) on a free port of this JVM (SMTP_PORT); tests dispatch the outbox themselves
        "spring.mail.host=127.0.0.1", "aae.notifications.dispatch-interval=PT1H",
        // the KPI totals are folded by the tests that fold them (KpiTotalsCompaction.run)
        "aae.kpi.compaction-interval=PT1H",
        "aae.kpi.reconciliation-cron=-",
        // tests run the external task worker themselves (ExternalTaskWorker.runOnce), against EmploymentStatusStub.shared()
        // and AfdasStub.shared()
        "aae.external-tasks.polling=false", "aae.employment-status.read-timeout=PT2S", "aae.afdas.read-timeout=PT2S",
        "aae.surveys.link-key=it-survey-link-key-of-32-characters-at-least",
        // failed logins: short account locks, one more failure per address every 2 s; clients told apart by X-Forwarded-For
        // (Tomcat trusts it from 127.0.0.1), so LoginThrottlingIT's attackers never throttle the other tests' 127.0.0.1; the
        // administrator is the break-glass account
        "server.forward-headers-strategy=native", "aae.login.account-lock-first=PT1S", "aae.login.account-lock-max=PT2S",
        "aae.login.client-failures=20", "aae.login.client-period=PT40S", "aae.login.unlock=" + ServiceIT.ADMIN})
public abstract class ServiceIT {

    protected static final String ADMIN = "itadmin";
    private static final Logger LOG = LoggerFactory.getLogger(ServiceIT.class);
    /** The SMTP server's port: it starts and stops with each test (see {@link FreePorts}). */
    protected static final int SMTP_PORT = FreePorts.belowEphemeralRange();

    @LocalServerPort
    private int port;

    @Autowired
    private ManagementService management;
    @Autowired
    private ExternalTaskWorker worker;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
        registry.add("spring.mail.port", () -> SMTP_PORT);
        EmploymentStatusStub.register(registry);
        AfdasStub.register(registry);
    }

    /** The test's reference data and people, created by this manager (see {@link Scenario}). */
    protected Scenario scenario(String manager) {
        return new Scenario(this, manager);
    }

    /** A client authenticated as the user (password = user id), or anonymous for {@code null}. */
    protected Http as(String user) {
        return new Http("http://localhost:" + port, user);
    }

    /** The user's tasks of this definition key among the operation's processes, as Tasklist lists them. */
    protected List<JsonNode> tasks(Http user, String reference, String taskKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey).expect(200).json();
        return StreamSupport.stream(tasks.spliterator(), false).toList();
    }

    /** The id of the one task of this definition key the user sees in the operation. */
    protected String singleTask(Http user, String reference, String taskKey) {
        List<JsonNode> tasks = tasks(user, reference, taskKey);
        assertThat(tasks).as("tâches %s visibles", taskKey).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    /**
     * Runs, in the test's thread, every job that is due (asynchronous continuations, and timers whose date has come) until
     * none is left, as the job executor would. The job executor of this context acquires no job (see the properties), so
     * no job runs behind a test's back and no test waits for one. A failing job is retried as the engine says (its
     * retries and retry cycle), then left as an incident, as in production.
     */
    protected void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, 50);
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException e) {
                    LOG.info("Travail {} ({}) en échec : {}", job.getId(), job.getProcessDefinitionKey(), e.getMessage());
                }
            }
        }
        throw new AssertionError("des travaux restent dus après 100 tours : une boucle dans un modèle ?");
    }

    /** Fires a timer of this process instance now (after the steps due before it), then runs the steps it leads to. */
    protected void executeTimer(String processInstanceId, String activityId) {
        runDueJobs();
        fireTimer(processInstanceId, activityId);
        runDueJobs();
    }

    /** Fires the one timer of this activity in this process instance now, in the caller's thread, whatever its due date. */
    protected void fireTimer(String processInstanceId, String activityId) {
        List<Job> timers = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().list();
        assertThat(timers).as("minuterie %s de %s", activityId, processInstanceId).hasSize(1);
        management.executeJob(timers.get(0).getId());
    }

    /**
     * How an operation's background work runs while a {@link Journey} drives it: here in the test's thread, every due job
     * ({@link #runDueJobs()}) and one round of the external task worker ({@link ExternalTaskWorker#runOnce()}).
     */
    protected Journey.Background background() {
        return new Journey.Background() {

            @Override
            public void settle(String reference) {
                runDueJobs();
            }

            @Override
            public int work(String reference) {
                int completed = worker.runOnce();
                runDueJobs();
                return completed;
            }
        };
    }

    /** The convention drafted by the counsellor, accepted by the mediator and signed by the manager, through Tasklist's API. */
    protected void signConvention(String reference, Http counsellor, Http mediator, Http manager) {
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, reference, "Task_DraftConvention") + "/complete", """
                {"variables": {"conventionObjectives": {"value": "Remobiliser par la culture."},
                 "conventionWorkshopPlan": {"value": "Des ateliers dans les salles de la structure."}}}""").expect(204);
        mediator.post("/engine-rest/task/" + singleTask(mediator, reference, "Task_ReviewConvention") + "/complete",
                "{\"variables\": {\"partnerDecision\": {\"value\": \"ACCEPTED\"}}}").expect(204);
        manager.post("/engine-rest/task/" + singleTask(manager, reference, "Task_SignConvention") + "/complete",
                "{\"variables\": {\"signatureConfirmed\": {\"value\": true}}}").expect(204);
    }

    /** The Message-ID the service gives a message of its outbox (SmtpMailDelivery), the same at every attempt. */
    protected static String messageId(long notificationId, Instant createdAt) {
        return "<aae-notification-" + notificationId + "." + createdAt.toEpochMilli() + "@aae.francetravail.fr>";
    }

    /** The first recipient of each message. */
    protected static List<String> recipients(List<MimeMessage> messages) throws MessagingException {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : messages) {
            recipients.add(message.getAllRecipients()[0].toString());
        }
        return recipients;
    }

    /**
     * Creates a Camunda user through the engine REST API and puts it in the groups. A manager or an observer is a member
     * of every region, as managers were before regions were enforced: tests that are not about regions express roles
     * only ({@link #createUserIn} for one region's).
     */
    protected void createUser(String user, String... groups) {
        boolean regional = Arrays.stream(groups).anyMatch(group -> group.equals(Viewer.MANAGERS) || group.equals(Viewer.OBSERVERS));
        createUserIn(regional ? Arrays.stream(Region.values()).map(Region::name).toArray(String[]::new) : new String[0], user, groups);
    }

    /** Creates a Camunda user in the groups, a member of these regions only (Camunda tenants, e.g. {@code HDF}). */
    protected void createUserIn(String[] regions, String user, String... groups) {
        Http admin = as(ADMIN);
        admin.post("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Test", "lastName": "%s", "email": "%s@aae.example"},
                 "credentials": {"password": "%s"}}""".formatted(user, user, user, user)).expect(204);
        for (String group : groups) {
            admin.put("/engine-rest/group/" + group + "/members/" + user).expect(204);
        }
        for (String region : regions) {
            admin.put("/engine-rest/tenant/" + region + "/user-members/" + user).expect(204);
        }
    }
}
