package fr.francetravail.aae.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.LogRecorder;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 5-day reminder reaches the partner's contact by e-mail through a real SMTP server; while the server is down the
 * message waits, is retried (the log saying so without the server's answer), and after the last attempt is visible to
 * managers, who can send it again.
 */
class PartnerReminderMailIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    private NotificationDispatcher dispatcher;

    @Test
    void reminderMailedToThePartnerAndRetriedThroughAnOutage() throws Exception {
        // national steering reads the outbox (every region's recipients)
        createUser("pr-manager", "managers", "pilotage-national");
        Http manager = as("pr-manager");
        manager.post("/api/agencies", "{\"code\": \"pr-douai\", \"name\": \"France Travail Douai\", \"region\": \"HDF\"}").expect(201);
        manager.post("/api/partners", """
                {"slug": "pr-musee-douai", "name": "Musée de la Chartreuse", "siret": "59500000000009", "type": "MUSEE", "region": "HDF",
                 "city": "Douai", "contactName": "Anne Médiation", "contactEmail": "mediation@chartreuse.example"}""")
                .expect(201);
        createUser("pr-conseiller", "conseillers", "agence-pr-douai");
        Http counsellor = as("pr-conseiller");
        LocalDate today = LocalDate.now();
        String reference = counsellor.post("/api/operations", """
                {"partnerSlug": "pr-musee-douai", "agencyCode": "pr-douai", "venue": "Cloître", "discipline": "PATRIMOINE",
                 "workshopDates": ["%s"], "employerMeetingDate": "%s", "nonWorkingDaysConfirmed": true}""".formatted(today.plusDays(20),
                today.plusDays(30)))
                .expect(201).json().path("reference").asText();
        String draft = counsellor.get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json().get(0).path("id").asText();
        counsellor.post("/engine-rest/task/" + draft + "/complete", """
                {"variables": {"conventionObjectives": {"value": "Remobiliser par le patrimoine et l'histoire du lieu."},
                 "conventionWorkshopPlan": {"value": "Un atelier de découverte du cloître et de ses collections."}}}""").expect(204);

        String partnership = as(ADMIN).get("/engine-rest/process-instance?processDefinitionKey=aae-partnership&businessKey=" + reference)
                .expect(200).json().get(0).path("id").asText();
        JsonNode reminder = as(ADMIN).get("/engine-rest/job?activityId=Timer_PartnerReminder&processInstanceId=" + partnership)
                .expect(200).json();
        assertThat(reminder).hasSize(1);
        // what other tests left in the shared outbox goes out first: this test follows one message through an outage
        dispatcher.dispatchDueAt(Instant.now().plus(Duration.ofDays(365)));
        smtp.purgeEmailFromAllMailboxes();
        smtp.stop();
        as(ADMIN).post("/engine-rest/job/" + reminder.get(0).path("id").asText() + "/execute", "{}").expect(204);

        Instant now = Instant.now();
        LogRecorder log = LogRecorder.start();
        try {
            assertThat(dispatcher.dispatchDueAt(now)).isZero();
        } finally {
            log.stop();
        }
        JsonNode waiting = manager.get("/api/notifications?status=PENDING").expect(200).json();
        JsonNode message = waiting.get(waiting.size() - 1);
        assertThat(message.path("recipient").asText()).isEqualTo("mediation@chartreuse.example");
        assertThat(message.path("attempts").asInt()).isEqualTo(1);
        assertThat(message.path("lastError").asText()).isNotBlank();
        assertThat(log.text()).as("le journal dit l'échec sans la réponse du serveur, qui peut nommer le destinataire")
                .contains("Envoi du message " + message.path("id").asText() + " impossible (tentative 1)")
                .doesNotContain(message.path("lastError").asText(), "mediation@chartreuse.example");
        for (int attempt = 2; attempt <= 6; attempt++) {
            dispatcher.dispatchDueAt(now.plus(Duration.ofDays(attempt)));
        }
        JsonNode failed = manager.get("/api/notifications?status=FAILED").expect(200).json();
        assertThat(failed.findValuesAsText("recipient")).containsExactly("mediation@chartreuse.example");
        as("pr-conseiller").get("/api/notifications?status=FAILED").expect(403);

        smtp.start();
        manager.post("/api/notifications/" + failed.get(0).path("id").asText() + "/retry", "{}").expect(200);
        assertThat(dispatcher.dispatchDueAt(Instant.now().plusSeconds(1))).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mediation@chartreuse.example");
        assertThat(received[0].getSubject()).isEqualTo("Convention " + reference + " : votre réponse est attendue");
        assertThat(received[0].getMessageID()).as("un Message-ID par message de la file, quel que soit l'envoi")
                .matches("<aae-notification-" + failed.get(0).path("id").asText() + "\\.\\d+@aae\\.francetravail\\.fr>");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Anne M").contains("Examiner la convention");
        assertThat(manager.get("/api/notifications?status=SENT").expect(200).json().findValuesAsText("recipient"))
                .contains("mediation@chartreuse.example");
        JsonNode convention = counsellor.get("/api/operations/" + reference + "/convention").expect(200).json();
        assertThat(convention.path("events").findValuesAsText("type")).containsExactly("DRAFTED", "PARTNER_REMINDED");
    }
}
