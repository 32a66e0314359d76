package fr.francetravail.aae.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ProfileBinder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The « mail » health check, part of the readiness group, exists only where mails are delivered by SMTP: not in
 * {@code dev} (mails in the log, no server to wait for), but in {@code postgres}.
 */
class SmtpHealthConfigurationTest {

    private static final List<String> SETTINGS = List.of("aae.notifications.delivery", "management.health.mail.enabled", "spring.mail.host",
            "spring.mail.port");

    @Test
    void devHasNoMailCheck() {
        contextOf("dev").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(HealthContributor.class)).doesNotContainKeys("mailHealthIndicator", "mailHealthContributor");
        });
    }

    @Test
    void postgresChecksItsSmtpServer() {
        contextOf("postgres").run(context -> assertThat(context.getBeansOfType(HealthContributor.class)).containsKey("mailHealthIndicator"));
    }

    private static ApplicationContextRunner contextOf(String profile) {
        Binder binder = ProfileBinder.of(profile, Map.of());
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, HealthContributorAutoConfiguration.class,
                        MailHealthContributorAutoConfiguration.class))
                .withUserConfiguration(SmtpHealthConfiguration.class);
        for (String setting : SETTINGS) {
            String value = binder.bind(setting, String.class).orElse(null);
            if (value != null) {
                runner = runner.withPropertyValues(setting + "=" + value);
            }
        }
        return runner;
    }
}
