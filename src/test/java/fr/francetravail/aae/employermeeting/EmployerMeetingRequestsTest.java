package fr.francetravail.aae.employermeeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bean Validation of what counsellors send, and how each fault is named for JSON clients and in the forms. */
class EmployerMeetingRequestsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aCompleteEmployerWithoutTheOptionalSiretAndPhoneIsValid() {
        EmployerRequest employer = new EmployerRequest("Boulangerie Paul", " ", "Commerce", "Jeanne Dupuis", "jeanne@paul.example", "",
                List.of(new JobOfferRequest("Vendeur(se)", ContractType.CDI, 2)));

        assertThat(violations(employer)).isEmpty();
        assertThat(employer.siret()).isNull();
        assertThat(employer.contactPhone()).isNull();
    }

    @Test
    void everyFaultOfAnEmployerAndItsOffersIsNamed() {
        EmployerRequest employer = new EmployerRequest("", "73282932000075", "Commerce", "Jeanne Dupuis", "jeanne@", "06-12",
                List.of(new JobOfferRequest("Vendeur", ContractType.CDD, 1), new JobOfferRequest(" ", null, 0)));

        assertThat(violations(employer)).containsOnlyKeys("companyName", "siret", "contactEmail", "contactPhone", "offers[1].title",
                "offers[1].contractType", "offers[1].positions")
                .containsEntry("siret", "doit être un numéro SIRET valide (14 chiffres avec une clé de contrôle correcte)")
                .containsEntry("offers[1].positions", "au moins 1 poste");
    }

    @Test
    void anEmployerComesWithAtLeastOneOffer() {
        EmployerRequest employer = new EmployerRequest("Boulangerie Paul", null, "Commerce", "Jeanne Dupuis", "jeanne@paul.example", null, null);

        assertThat(violations(employer)).containsExactly(Map.entry("offers", "au moins une offre d'emploi"));
    }

    @Test
    void aCompanyIsKnownByItsSiretElseByItsNameWhateverTheCaseAndSpaces() {
        EmployerRequest withSiret = new EmployerRequest("Boulangerie Paul", "732 829 320 00074", "Commerce", "J. D.", "j@paul.example", null, List.of());
        EmployerRequest byName = new EmployerRequest("  BOULANGERIE   paul ", null, "Commerce", "J. D.", "j@paul.example", null, List.of());
        EmployerRequest sameName = new EmployerRequest("Boulangerie Paul", null, "Commerce", "J. D.", "j@paul.example", null, List.of());

        assertThat(withSiret.siret()).isEqualTo("73282932000074");
        assertThat(withSiret.companyKey()).isEqualTo("73282932000074");
        assertThat(byName.companyKey()).isEqualTo(sameName.companyKey()).isEqualTo("nom:boulangerie paul");
    }

    @Test
    void meetingResultsAreCountsFromZero() {
        assertThat(violations(new MeetingResultRequest(12L, 0, 0, false, false, false))).isEmpty();
        assertThat(violations(new MeetingResultRequest(null, -1, null, true, false, false))).containsOnlyKeys("enrolmentId", "interviews",
                "jobOffersProposed").containsEntry("interviews", "ne peut pas être négatif");
    }

    @Test
    void faultsAreNamedAfterTheJsonPath() {
        RequestBatch<EmployerRequest> json = RequestBatch.json("employers", null);

        assertThat(json.requests()).isEmpty();
        assertThat(json.field(2, "offers[1].title")).isEqualTo("employers[2].offers[1].title");
        assertThat(json.field(0, null)).isEqualTo("employers[0]");
    }

    private static Map<String, String> violations(Object request) {
        return VALIDATOR.validate(request).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage));
    }
}
