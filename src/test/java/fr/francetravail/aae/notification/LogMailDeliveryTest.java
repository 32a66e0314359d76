package fr.francetravail.aae.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The {@code dev} log delivery: which mail went where, without the recipient's address, the text or its personal link. */
@ExtendWith(OutputCaptureExtension.class)
class LogMailDeliveryTest {

    @Test
    void theLogShowsTheMailWithoutItsTextLinkOrRecipientsAddress(CapturedOutput log) {
        Notification mail = new Notification(1L, "jeanne.martin@example.org", "Votre avis",
                "Bonjour Jeanne,\n" + SecretLink.PLACEHOLDER + "\n", new SecretLink("survey-invitation", 7), Instant.now());

        new LogMailDelivery().deliver(mail);

        assertThat(log.getAll()).contains("à j***@example.org — « Votre avis » (opération 1 ;")
                .doesNotContain("jeanne.martin", "Jeanne", SecretLink.PLACEHOLDER);
        assertThat(mail.bodyToSend(link -> "https://aae.example/enquete/" + link.reference()))
                .isEqualTo("Bonjour Jeanne,\nhttps://aae.example/enquete/7\n");
    }

    @Test
    void aMalformedAddressIsMaskedWhole() {
        assertThat(LogMailDelivery.masked("sans-arobase")).isEqualTo("***");
        assertThat(LogMailDelivery.masked("@example.org")).isEqualTo("***");
    }
}
