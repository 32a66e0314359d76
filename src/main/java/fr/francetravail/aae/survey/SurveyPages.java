package fr.francetravail.aae.survey;

import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.survey.SurveyService.LinkState;
import fr.francetravail.aae.survey.SurveyService.LinkView;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The participant's survey pages, in French, for a phone first: plain HTML and a little CSS, no script. One layout; every
 * value that comes from data or from the request is escaped here.
 */
final class SurveyPages {

    private static final Map<LinkState, HttpStatus> STATUS = Map.of(LinkState.FORM, HttpStatus.OK, LinkState.THANKS, HttpStatus.OK,
            LinkState.INVALID, HttpStatus.BAD_REQUEST, LinkState.ALREADY_ANSWERED, HttpStatus.CONFLICT, LinkState.EXPIRED,
            HttpStatus.GONE, LinkState.UNKNOWN, HttpStatus.NOT_FOUND);

    private static final Map<String, String> FIELD_NAMES = Map.of("satisfaction", "Votre satisfaction", "helped",
            "L'aide apportée par l'action", "recommends", "Votre recommandation", "comment", "Votre commentaire");

    private static final String LAYOUT = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s – L'Art d'accéder à l'emploi</title>
            <style>
            body { margin: 0; font: 1.05rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1e1e1e; background: #f5f5fe; }
            main { max-width: 36rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
            .brand { color: #000091; font-weight: 700; margin: 0 0 1rem; }
            h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .75rem; }
            fieldset { border: 1px solid #ccc; border-radius: .5rem; margin: 0 0 1rem; padding: .75rem 1rem; }
            legend { font-weight: 700; padding: 0 .25rem; }
            fieldset label { display: flex; align-items: center; gap: .6rem; padding: .55rem 0; min-height: 2.75rem; }
            input[type=radio] { width: 1.4rem; height: 1.4rem; margin: 0; }
            textarea { width: 100%%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid #666; border-radius: .25rem; }
            button { width: 100%%; font: inherit; font-weight: 700; color: #fff; background: #000091; border: 0; border-radius: .5rem; padding: .9rem; margin-top: 1rem; }
            :focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
            .alert { border-left: 4px solid #ce0500; background: #fee9e9; padding: .5rem 1rem; margin: 0 0 1rem; }
            .error { color: #ce0500; font-weight: 700; margin: .25rem 0; }
            .hint { color: #555; font-size: .95rem; }
            </style>
            </head>
            <body>
            <main>
            <p class="brand">France Travail · L'Art d'accéder à l'emploi</p>
            %s
            </main>
            </body>
            </html>
            """;

    private SurveyPages() {
    }

    /** The page of a link's state; the form keeps what was entered when answers are refused. */
    static ResponseEntity<String> of(LinkView view, SurveyForm entered) {
        Page page = switch (view.state()) {
            case FORM, INVALID -> new Page("Votre avis sur l'action", form(view, entered));
            case THANKS -> new Page("Merci !", paragraph("Votre avis a bien été enregistré. Il aidera France Travail et "
                    + escape(view.partnerName()) + " à améliorer l'action."));
            case ALREADY_ANSWERED -> new Page("Vous avez déjà répondu", paragraph("Votre avis sur " + action(view)
                    + " est déjà enregistré : merci ! Ce lien ne sert qu'une fois."));
            case EXPIRED -> new Page("Ce lien a expiré", paragraph("Le délai pour donner votre avis sur " + action(view)
                    + " est dépassé. Vous pouvez en parler à votre conseiller ou conseillère France Travail."));
            case UNKNOWN -> new Page("Lien introuvable", paragraph("Ce lien d'enquête n'est pas valide. Vérifiez qu'il est complet, "
                    + "tel que vous l'avez reçu par e-mail, ou adressez-vous à votre conseiller ou conseillère France Travail."));
        };
        return ResponseEntity.status(STATUS.get(view.state())).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(LAYOUT.formatted(page.title(), "<h1>" + page.title() + "</h1>\n" + page.body()));
    }

    private static String paragraph(String html) {
        return "<p>" + html + "</p>";
    }

    private static String form(LinkView view, SurveyForm entered) {
        Map<String, String> errors = view.violations().stream()
                .collect(Collectors.toMap(FieldViolation::field, FieldViolation::message, (a, b) -> a + " ; " + b));
        String alert = errors.isEmpty() ? "" : """
                <div class="alert" role="alert"><p>Votre réponse n'est pas encore enregistrée :</p><ul>%s</ul></div>
                """.formatted(errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> "<li><a href=\"#" + e.getKey() + "\">" + FIELD_NAMES.get(e.getKey()) + " : " + escape(e.getValue()) + "</a></li>")
                .collect(Collectors.joining()));
        String comment = entered.comment() == null ? "" : entered.comment();
        return """
                <p>Vous avez suivi %s, jusqu'au %s. Trois questions et un commentaire si vous le souhaitez.</p>
                %s<form method="post">
                %s%s%s<label for="comment"><strong>Un commentaire ?</strong> <span class="hint">(facultatif, %d caractères au plus)</span></label>
                %s<textarea id="comment" name="comment" rows="5" maxlength="%d"%s>%s</textarea>
                <button type="submit">Envoyer mon avis</button>
                </form>""".formatted(action(view), CohortMails.day(view.lastWorkshop()), alert,
                choices("satisfaction", "Dans l'ensemble, êtes-vous satisfait(e) de l'action ?", Arrays.stream(Satisfaction.values())
                        .map(s -> new String[] {s.name(), s.label()}).toArray(String[][]::new), entered.satisfaction(), errors),
                choices("helped", "L'action vous a-t-elle aidé(e) dans votre recherche d'emploi ?", Arrays.stream(Helpfulness.values())
                        .map(h -> new String[] {h.name(), h.label()}).toArray(String[][]::new), entered.helped(), errors),
                choices("recommends", "Recommanderiez-vous cette action à une personne dans votre situation ?",
                        new String[][] {{"true", "Oui"}, {"false", "Non"}}, entered.recommends(), errors),
                SurveyForm.COMMENT_MAX_LENGTH, error("comment", errors), SurveyForm.COMMENT_MAX_LENGTH,
                errors.containsKey("comment") ? " aria-invalid=\"true\" aria-describedby=\"comment-error\"" : "", escape(comment));
    }

    private static String choices(String name, String question, String[][] options, String chosen, Map<String, String> errors) {
        String buttons = Arrays.stream(options).map(option -> "<label><input type=\"radio\" name=\"" + name + "\" value=\"" + option[0]
                + "\" required" + (Objects.equals(option[0], chosen) ? " checked" : "") + "> " + escape(option[1]) + "</label>\n")
                .collect(Collectors.joining());
        return "<fieldset id=\"" + name + "\"" + (errors.containsKey(name) ? " aria-describedby=\"" + name + "-error\"" : "") + ">\n<legend>"
                + question + "</legend>\n" + error(name, errors) + buttons + "</fieldset>\n";
    }

    private static String error(String field, Map<String, String> errors) {
        return errors.containsKey(field) ? "<p class=\"error\" id=\"" + field + "-error\">" + escape(errors.get(field)) + "</p>\n" : "";
    }

    /** « les ateliers « L'Art d'accéder à l'emploi » (Labanque, Salle des coffres) »: the action as the participant knows it. */
    private static String action(LinkView view) {
        return "les ateliers « L'Art d'accéder à l'emploi » (" + escape(view.partnerName()) + ", " + escape(view.venue()) + ")";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A page's title (also its heading) and its HTML body. */
    private record Page(String title, String body) {
    }
}
