package fr.francetravail.aae.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.ServiceIT;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Agencies and cultural partners through {@code /api}: managers maintain them, each gets its Tasklist group. */
class ReferenceDataIT extends ServiceIT {

    @Test
    void managersMaintainPartnersAndTheirGroups() {
        createUser("rd-manager", "managers");
        createUser("rd-conseiller", "conseillers");
        Http manager = as("rd-manager");

        String partner = """
                {"slug": "rd-opera-lille", "name": "Opéra de Lille", "siret": "73282932000074", "type": "OPERA", "region": "HDF",
                 "city": "Lille", "contactName": "Service des publics", "contactEmail": "publics@opera-lille.example"}""";
        as("rd-conseiller").post("/api/partners", partner).expect(403);
        manager.post("/api/partners", partner).expect(201);
        manager.post("/api/partners", partner).expect(409);
        assertThat(manager.get("/api/partners/rd-opera-lille").expect(200).json().path("name").asText()).isEqualTo("Opéra de Lille");
        assertThat(as(ADMIN).get("/engine-rest/group/partenaire-rd-opera-lille").expect(200).json().path("name").asText())
                .isEqualTo("Médiateurs Opéra de Lille");

        Http.Response badSiret = manager.post("/api/partners", partner.replace("rd-opera-lille", "rd-autre").replace("73282932000074", "73282932000075"));
        badSiret.expect(400);
        assertThat(badSiret.json().path("errors").findValuesAsText("field")).containsExactly("siret");
        manager.post("/api/partners", partner.replace("rd-opera-lille", "rd-autre")).expect(409);

        manager.send("PUT", "/api/partners/rd-opera-lille", partner.replace("Opéra de Lille", "Opéra de Lille — Théâtre lyrique")).expect(200);
        assertThat(manager.get("/api/partners/rd-opera-lille").expect(200).json().path("name").asText()).endsWith("Théâtre lyrique");
        manager.send("PUT", "/api/partners/rd-opera-lille", partner.replace("rd-opera-lille", "rd-renomme")).expect(400);

        manager.send("DELETE", "/api/partners/rd-opera-lille", null).expect(204);
        manager.get("/api/partners/rd-opera-lille").expect(404);
    }

    @Test
    void anAgencyWithOperationsCannotBeDeleted() {
        createUser("rd-manager2", "managers");
        Http manager = as("rd-manager2");
        manager.post("/api/agencies", "{\"code\": \"rd-arras\", \"name\": \"France Travail Arras\", \"region\": \"HDF\"}").expect(201);
        manager.post("/api/agencies", "{\"code\": \"Arras Centre\", \"name\": \"\", \"region\": \"PICARDIE\"}").expect(400);
        manager.post("/api/partners", """
                {"slug": "rd-louvre", "name": "Louvre-Lens", "siret": "62000000000013", "type": "MUSEE", "region": "HDF",
                 "city": "Lens", "contactName": "Médiation", "contactEmail": "mediation@louvre.example"}""").expect(201);
        createUser("rd-conseiller2", "conseillers", "agence-rd-arras");
        LocalDate today = LocalDate.now();
        as("rd-conseiller2").post("/api/operations", """
                {"partnerSlug": "rd-louvre", "agencyCode": "rd-arras", "venue": "Galerie du temps", "discipline": "PHOTOGRAPHIE",
                 "workshopDates": ["%s"], "employerMeetingDate": "%s", "nonWorkingDaysConfirmed": true}""".formatted(today.plusDays(20),
                today.plusDays(30)))
                .expect(201);

        manager.send("DELETE", "/api/agencies/rd-arras", null).expect(409);
        manager.get("/api/agencies/rd-arras").expect(200);
        manager.send("DELETE", "/api/agencies/inconnue", null).expect(404);
    }
}
