package fr.francetravail.aae.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.survey.SurveyService.LinkState;
import fr.francetravail.aae.survey.SurveyService.LinkView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** The survey pages: one status per state, answers kept on a refused form, every value escaped. */
class SurveyPagesTest {

    private static final LocalDate LAST_WORKSHOP = LocalDate.of(2027, 1, 5);

    @Test
    void aRefusedFormKeepsTheAnswersAndNamesTheFaults() {
        LinkView refused = new LinkView(LinkState.INVALID, "Labanque", "Salle des coffres", LAST_WORKSHOP,
                List.of(new FieldViolation("satisfaction", "réponse obligatoire")));

        ResponseEntity<String> page = SurveyPages.of(refused, new SurveyForm(null, "PARTLY", "true", "Merci <b>à</b> tous"));

        assertThat(page.getStatusCode().value()).isEqualTo(400);
        assertThat(page.getBody()).contains("<html lang=\"fr\">", "name=\"viewport\"", "mardi 5 janvier 2027", "(Labanque, Salle des coffres)")
                .contains("Votre satisfaction : réponse obligatoire", "aria-describedby=\"satisfaction-error\"")
                .contains("value=\"PARTLY\" required checked", "value=\"true\" required checked", "value=\"VERY_SATISFIED\" required>")
                .contains("Merci &lt;b&gt;à&lt;/b&gt; tous</textarea>").doesNotContain("<b>à</b>").doesNotContain("<script");
    }

    @Test
    void eachStateHasItsStatus() {
        assertThat(status(LinkState.FORM)).isEqualTo(200);
        assertThat(status(LinkState.THANKS)).isEqualTo(200);
        assertThat(status(LinkState.ALREADY_ANSWERED)).isEqualTo(409);
        assertThat(status(LinkState.EXPIRED)).isEqualTo(410);
        assertThat(SurveyPages.of(LinkView.UNKNOWN, new SurveyForm(null, null, null, null)).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theActionsNamesAreEscaped() {
        String page = SurveyPages.of(new LinkView(LinkState.EXPIRED, "<Théâtre & Cie>", "Salle \"A\"", LAST_WORKSHOP, List.of()),
                new SurveyForm(null, null, null, null)).getBody();

        assertThat(page).contains("Ce lien a expiré", "(&lt;Théâtre &amp; Cie&gt;, Salle &quot;A&quot;)").doesNotContain("<Théâtre");
    }

    private static int status(LinkState state) {
        return SurveyPages.of(new LinkView(state, "Labanque", "Salle des coffres", LAST_WORKSHOP, List.of()),
                new SurveyForm(null, null, null, null)).getStatusCode().value();
    }
}
