package fr.francetravail.aae.survey;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The participant's survey page behind the personal link, outside any login: the token is the only credential, so a
 * request from anywhere can do no more than its holder could. Only a valid first answer writes anything.
 */
@Controller
class SurveyPageController {

    private static final SurveyForm NOTHING_ENTERED = new SurveyForm(null, null, null, null);

    private final SurveyService surveys;

    SurveyPageController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/enquete/{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        return SurveyPages.of(surveys.open(token), NOTHING_ENTERED);
    }

    @PostMapping("/enquete/{token}")
    ResponseEntity<String> answer(@PathVariable String token, @ModelAttribute SurveyForm form) {
        return SurveyPages.of(surveys.answerByLink(token, form), form);
    }
}
