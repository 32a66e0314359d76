package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The « fiche opération » of the dashboard ({@code GET /api/operations/{reference}/fiche}): an operation whose convention
 * is signed, read by a manager (with the API's credentials or the webapps' session) — its phase, dated milestones, what
 * is due next, the tasks open, the mails sent by subject, no payment yet — and refused to the staff who are not managers,
 * whichever agency or partner they belong to. No recipient's address, no participant's name in it.
 */
class OperationFicheIT extends ServiceIT {

    private static final String MANAGER = "fi-manager";
    private static final String COUNSELLOR = "fi-conseiller";
    private static final String OTHER_COUNSELLOR = "fi-conseiller-autre";
    private static final String MEDIATOR = "fi-mediateur";
    private static final String PARTNER_MAILBOX = "mediation@of-musee.example";
    private static final LocalDate FIRST_WORKSHOP = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(40);

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aManagerReadsTheFicheOfAnOperationAndOthersAreRefused() {
        Scenario scenario = scenario(MANAGER).agency(Agency.of("of-rouen", "Rouen").in("NOR"))
                .agency(Agency.of("of-evreux", "Évreux").in("NOR"))
                .partner(Partner.of("of-musee", "Musée de Rouen", "14000000000012").in("NOR", "Rouen").contact("Médiation", PARTNER_MAILBOX))
                .counsellor(COUNSELLOR, "of-rouen").counsellor(OTHER_COUNSELLOR, "of-evreux").mediator(MEDIATOR, "of-musee");
        String reference = scenario.propose(COUNSELLOR, Proposal.of("of-musee", "of-rouen", FIRST_WORKSHOP).workshops(FIRST_WORKSHOP, 3))
                .reference();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        runDueJobs();
        // the outbox's deliveries, as the dispatcher records them: two invitations and a reminder sent, one still waiting
        for (String[] mail : new String[][] {{"Invitation", "SENT"}, {"Invitation", "SENT"}, {"Rappel", "SENT"}, {"Rappel", "PENDING"}}) {
            jdbc.sql("""
                    insert into notification (operation_id, recipient, subject, body, status, created_at, next_attempt_at, sent_at)
                    select id, ?, ?, 'Bonjour', ?, current_timestamp, current_timestamp, current_timestamp from operation where reference = ?""")
                    .params(PARTNER_MAILBOX, mail[0], mail[1], reference).update();
        }

        JsonNode fiche = as(MANAGER).get("/api/operations/" + reference + "/fiche").expect(200).json();

        assertThat(fiche.path("reference").asText()).isEqualTo(reference);
        assertThat(fiche.path("phase").asText()).isEqualTo("Constitution du groupe");
        assertThat(texts(fiche.path("timeline"), "label")).startsWith("Proposition")
                .contains("Atelier 1", "Atelier 2", "Atelier 3", "Rencontre avec les employeurs");
        assertThat(fiche.path("timeline").get(0).path("done").asBoolean()).isTrue();
        JsonNode open = fiche.path("openTasks");
        assertThat(open.size()).as("tâches ouvertes").isPositive();
        assertThat(texts(open, "name")).containsExactlyInAnyOrderElementsOf(
                texts(as(ADMIN).get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json(), "name"));
        List<String> dues = texts(fiche.path("deadlines"), "due");
        assertThat(dues).as("échéances dans l'ordre").isSorted();
        assertThat(texts(fiche.path("mails"), "subject")).containsExactlyInAnyOrder("Invitation", "Rappel");
        assertThat(texts(fiche.path("mails"), "count")).containsExactlyInAnyOrder("2", "1");
        assertThat(fiche.path("payment").isMissingNode() || fiche.path("payment").isNull()).as("pas de paiement avant la fin de l'action").isTrue();
        assertThat(fiche.path("participants").size()).isZero();
        assertThat(fiche.toString()).as("aucune adresse de destinataire").doesNotContain(PARTNER_MAILBOX).doesNotContain("@");

        // the same with the webapps' session: one login
        WebappSession browser = WebappSession.login("http://localhost:" + port, MANAGER);
        assertThat(browser.get("/api/operations/" + reference + "/fiche").expect(200).json().path("reference").asText()).isEqualTo(reference);
        as(ADMIN).get("/api/operations/" + reference + "/fiche").expect(200);

        // staff who are not managers, of the operation's agency or another, its partner, nobody
        for (String user : List.of(COUNSELLOR, OTHER_COUNSELLOR, MEDIATOR)) {
            Http.Response refused = as(user).get("/api/operations/" + reference + "/fiche");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(reference + "\"", PARTNER_MAILBOX);
        }
        WebappSession counsellor = WebappSession.login("http://localhost:" + port, OTHER_COUNSELLOR);
        assertThat(counsellor.get("/api/operations/" + reference + "/fiche").status()).isEqualTo(403);
        as(null).get("/api/operations/" + reference + "/fiche").expect(401);
        as(MANAGER).get("/api/operations/AAE-2020-NOR-9999/fiche").expect(404);
    }

    private static List<String> texts(JsonNode array, String field) {
        return IntStream.range(0, array.size()).mapToObj(n -> array.get(n).path(field).asText()).toList();
    }
}
