package fr.francetravail.aae.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The personal links' tokens: 256 bits, URL-safe, stored as a hash only, the same token again for a reminder. */
class SurveyTokensTest {

    private static final String KEY = "une-clé-de-test-de-trente-deux-caractères-au-moins";

    private final SurveyTokens tokens = new SurveyTokens(new SurveySettings(Duration.ofDays(30), KEY));

    @Test
    void aTokenIs256UrlSafeBitsAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            SurveyTokens.Issued issued = tokens.issue();
            assertThat(issued.token()).hasSize(SurveyTokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(issued.token())).hasSize(32);
            assertThat(Base64.getUrlDecoder().decode(issued.salt())).as("sel tiré au hasard").hasSize(32);
            assertThat(seen.add(issued.token())).isTrue();
        }
    }

    @Test
    void onlyTheHashIsStoredAndItIsTheSha256OfTheToken() {
        SurveyTokens.Issued issued = tokens.issue();

        assertThat(issued.hash()).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(issued.token());
        assertThat(issued.hash()).isEqualTo(SurveyTokens.hash(issued.token()));
        assertThat(SurveyTokens.hash("abc")).as("vecteur de test SHA-256 du NIST")
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theReminderDerivesTheSameTokenOnlyWithTheSameKey() {
        SurveyTokens.Issued issued = tokens.issue();

        assertThat(tokens.tokenOf(issued.salt())).isEqualTo(issued.token());
        assertThat(new SurveyTokens(new SurveySettings(null, KEY)).tokenOf(issued.salt())).isEqualTo(issued.token());
        assertThat(new SurveyTokens(new SurveySettings(null, KEY + "!")).tokenOf(issued.salt())).isNotEqualTo(issued.token());
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        String token = tokens.issue().token();

        assertThat(SurveyTokens.hashOfPresented(token)).contains(SurveyTokens.hash(token));
        assertThat(SurveyTokens.hashOfPresented(token.substring(1))).isEmpty();
        assertThat(SurveyTokens.hashOfPresented(token + "A")).isEmpty();
        assertThat(SurveyTokens.hashOfPresented(token.substring(1) + "=")).isEmpty();
        assertThat(SurveyTokens.hashOfPresented("' or 1=1 --")).isEmpty();
        assertThat(SurveyTokens.hashOfPresented(null)).isEmpty();
    }

    @Test
    void aMissingOrShortKeyStopsStartUp() {
        assertThatThrownBy(() -> new SurveySettings(null, "trop-courte")).hasMessageContaining("aae.surveys.link-key");
        assertThatThrownBy(() -> new SurveySettings(null, " ")).hasMessageContaining("aae.surveys.link-key");
        assertThatThrownBy(() -> new SurveySettings(null, null)).hasMessageContaining("aae.surveys.link-key");
        assertThat(new SurveySettings(null, KEY).linkValidity()).isEqualTo(Duration.ofDays(30));
    }
}
