package fr.francetravail.aae.survey;

import static fr.francetravail.aae.survey.SurveyTasks.Variables.COMMENT;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The surveys' part of {@code aae-operation} (phase 5, end of action): the forms of the staff's user tasks and the
 * form fields the answer listener reads. The comment may name people: it never stays in the engine.
 */
public final class SurveyTasks {

    public static final String FORM_PARTNER_SURVEY = "aae-partner-survey";
    public static final String FORM_COUNSELLOR_SURVEY = "aae-counsellor-survey";

    /** Form fields of both staff surveys, read once at completion and removed from the process. */
    public static final class Variables {
        public static final String SATISFACTION = "surveySatisfaction";
        public static final String HELPED = "surveyHelped";
        public static final String RECOMMENDS = "surveyRecommends";
        public static final String COMMENT = "surveyComment";

        private Variables() {
        }
    }

    /** What the engine-wide rules and Tasklist must know of this process (see {@link ProcessDeclaration}). */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> personalDataFields() {
            return Set.of(COMMENT);
        }
    }

    private SurveyTasks() {
    }
}
