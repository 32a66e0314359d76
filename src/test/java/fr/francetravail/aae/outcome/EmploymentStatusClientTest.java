package fr.francetravail.aae.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.francetravail.aae.outcome.EmploymentStatusClient.EmploymentStatusUnavailable;
import fr.francetravail.aae.support.EmploymentStatusStub;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The status service client against a real HTTP server: every answer of the contract, and a time-out. */
class EmploymentStatusClientTest {

    private static final LocalDate DAY = LocalDate.of(2027, 9, 30);

    private static EmploymentStatusStub stub;
    private static EmploymentStatusClient client;

    @BeforeAll
    static void startStub() {
        stub = EmploymentStatusStub.start();
        client = new EmploymentStatusClient(RestClient.builder(),
                new EmploymentStatusSettings(stub.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(1500)));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @Test
    void aKnownSituationIsReadOnTheCheckpointDay() {
        stub.knows("1234567A", "CDD_UNDER_6_MONTHS");

        assertThat(client.situationOf("1234567A", DAY)).contains(Situation.CDD_UNDER_6_MONTHS);
        assertThat(stub.requests()).containsExactly("/job-seekers/1234567A/situation?date=2027-09-30");
    }

    @Test
    void anUnknownSituationIsNone() {
        stub.doesNotKnowTheSituationOf("1234567A");

        assertThat(client.situationOf("1234567A", DAY)).isEmpty();
    }

    @Test
    void aSituationCodeOutsideTheContractIsNone() {
        stub.knows("1234567A", "RETRAITE");

        assertThat(client.situationOf("1234567A", DAY)).isEmpty();
    }

    @Test
    void anUnknownJobSeekerIsNone() {
        stub.doesNotKnow("1234567A");

        assertThat(client.situationOf("1234567A", DAY)).isEmpty();
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void aServerErrorIsAFailure() {
        stub.fails("1234567A");

        assertThatThrownBy(() -> client.situationOf("1234567A", DAY))
                .isInstanceOf(EmploymentStatusUnavailable.class).hasMessageContaining("HTTP 500");
    }

    @Test
    void aSlowServiceTimesOut() {
        stub.answersSlowly("1234567A", "CDI", Duration.ofSeconds(4));

        assertThatThrownBy(() -> client.situationOf("1234567A", DAY))
                .isInstanceOf(EmploymentStatusUnavailable.class).hasMessageContaining("ne répond pas");
    }

    @Test
    void anUnreachableServiceIsAFailure() {
        EmploymentStatusClient nowhere = new EmploymentStatusClient(RestClient.builder(),
                new EmploymentStatusSettings("http://127.0.0.1:1", Duration.ofMillis(300), Duration.ofMillis(300)));

        assertThatThrownBy(() -> nowhere.situationOf("1234567A", DAY)).isInstanceOf(EmploymentStatusUnavailable.class);
    }
}
