package fr.francetravail.aae.survey;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.MultiLineText;
import java.util.ArrayList;
import java.util.List;

/**
 * Survey answers as the page's form, a Tasklist form or a JSON body sends them (choices by name, {@code recommends} as
 * {@code true}/{@code false}), checked into {@link SurveyAnswers}: every fault is reported at once, in French.
 */
public record SurveyForm(String satisfaction, String helped, String recommends, @MultiLineText String comment) {

    public static final int COMMENT_MAX_LENGTH = 1000;

    public SurveyAnswers answers() {
        List<FieldViolation> violations = new ArrayList<>();
        Satisfaction chosenSatisfaction = choice("satisfaction", satisfaction, Satisfaction.class, violations);
        Helpfulness chosenHelp = choice("helped", helped, Helpfulness.class, violations);
        Boolean recommendation = null;
        if (isBlank(recommends)) {
            violations.add(new FieldViolation("recommends", "réponse obligatoire"));
        } else if (recommends.strip().equals("true") || recommends.strip().equals("false")) {
            recommendation = Boolean.valueOf(recommends.strip());
        } else {
            violations.add(new FieldViolation("recommends", "réponse inconnue : « " + recommends + " » (oui ou non)"));
        }
        String text = isBlank(comment) ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX_LENGTH) {
            violations.add(new FieldViolation("comment", COMMENT_MAX_LENGTH + " caractères au plus (" + text.length() + " saisis)"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new SurveyAnswers(chosenSatisfaction, chosenHelp, recommendation, text);
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldViolation> violations) {
        if (isBlank(value)) {
            violations.add(new FieldViolation(field, "réponse obligatoire"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "réponse inconnue : « " + value + " »"));
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Checked answers: every choice made, the comment stripped and at most {@value #COMMENT_MAX_LENGTH} characters. */
    public record SurveyAnswers(Satisfaction satisfaction, Helpfulness helped, boolean recommends, String comment) {
    }
}
