package fr.francetravail.aae.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.survey.SurveyForm.SurveyAnswers;
import org.junit.jupiter.api.Test;

/** Answers as forms send them: every choice required, known values only, an optional comment of 1000 characters at most. */
class SurveyFormTest {

    @Test
    void completeAnswersAreReadWithTheCommentStripped() {
        SurveyAnswers answers = new SurveyForm("RATHER_SATISFIED", "PARTLY", "false", "  Très bon accueil.  ").answers();

        assertThat(answers).isEqualTo(new SurveyAnswers(Satisfaction.RATHER_SATISFIED, Helpfulness.PARTLY, false, "Très bon accueil."));
        assertThat(new SurveyForm("VERY_SATISFIED", "YES", "true", "   ").answers().comment()).as("commentaire vide").isNull();
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new SurveyForm(null, "BEAUCOUP", "peut-être", "x".repeat(1001)).answers());

        assertThat(refused.violations()).containsExactly(
                new FieldViolation("satisfaction", "réponse obligatoire"),
                new FieldViolation("helped", "réponse inconnue : « BEAUCOUP »"),
                new FieldViolation("recommends", "réponse inconnue : « peut-être » (oui ou non)"),
                new FieldViolation("comment", "1000 caractères au plus (1001 saisis)"));
        assertThat(new SurveyForm("VERY_SATISFIED", "YES", "true", "x".repeat(1000)).answers().comment()).hasSize(1000);
    }

    @Test
    void onlyTheTwoUpperLevelsCountAsSatisfied() {
        assertThat(Satisfaction.VERY_SATISFIED.isSatisfied()).isTrue();
        assertThat(Satisfaction.RATHER_SATISFIED.isSatisfied()).isTrue();
        assertThat(Satisfaction.RATHER_DISSATISFIED.isSatisfied()).isFalse();
        assertThat(Satisfaction.NOT_AT_ALL_SATISFIED.isSatisfied()).isFalse();
    }
}
