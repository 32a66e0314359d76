package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a refusal calls a submitted field: the deployed form's label, a dynamic list's row by its number. */
class CamundaFormTest {

    @Test
    void aFieldIsNamedByItsLabelAndARowByItsListsItemAndNumber() throws IOException {
        CamundaForm cohort = form("aae-cohort-building");
        CamundaForm employers = form("aae-employer-registration");

        assertThat(cohort.label("candidates[1].franceTravailId")).isEqualTo("Candidat n° 2 – Identifiant France Travail");
        assertThat(cohort.label("candidates[0]")).isEqualTo("Candidat n° 1");
        assertThat(cohort.label("candidates")).isEqualTo("Nouveaux candidats");
        assertThat(cohort.label("infoMeetingDate")).as("a date's label").isEqualTo("Date de la réunion d'information");
        assertThat(employers.label("employers[2].offers[1].title")).isEqualTo("Entreprise n° 3 – Offre n° 2 – Intitulé du poste");
        assertThat(employers.label("employers[0].siret")).isEqualTo("Entreprise n° 1 – SIRET");
        assertThat(form("aae-convention-review").label("partnerComment")).isEqualTo("Commentaire");
    }

    @Test
    void aFieldTheFormLacksHasNoLabel() throws IOException {
        CamundaForm cohort = form("aae-cohort-building");

        assertThat(cohort.label("workshopDates[0]")).isNull();
        assertThat(cohort.label("candidates[0].unknown")).isNull();
        assertThat(cohort.label("franceTravailId")).as("only inside its list").isNull();
        assertThat(cohort.label("candidates.email")).as("a list's field needs its row").isNull();
        assertThat(cohort.label("(corps)")).isNull();
    }

    /** So that every refusal on a form can name what the user reads: a label on each submitted field, a row name on each list. */
    @Test
    void everyFieldOfEveryFormHasALabelAndEveryListARowName() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.toList()) {
                checkLabels(form.toString(), new ObjectMapper().readTree(form.toFile()).path("components"));
            }
        }
    }

    private static void checkLabels(String form, JsonNode components) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") || component.hasNonNull("path")) {
                assertThat(component.path("label").asText(component.path("dateLabel").asText())).as("%s: %s", form, component.path("id"))
                        .isNotBlank();
            }
            if ("dynamiclist".equals(component.path("type").asText())) {
                assertThat(component.path("properties").path("itemLabel").asText()).as("%s: itemLabel of %s", form, component.path("id"))
                        .isNotBlank();
            }
            checkLabels(form, component.path("components"));
        }
    }

    private static CamundaForm form(String id) throws IOException {
        return CamundaForm.of(Files.readAllBytes(Path.of("forms", id + ".form")));
    }
}
