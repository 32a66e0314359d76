package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our French files of the Camunda webapps ({@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/})
 * against the English ones of the webjar on the class path: every label translated, nothing left in English, the
 * placeholders and HTML kept; the few words of Camunda Forms that our custom script rewrites still the ones form-js
 * writes; and no banner urging a migration to Camunda 8.
 */
class WebappTranslationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
    /**
     * The words French writes as English does: product names, technical terms French users use as they are, words spelt
     * the same, and the plural ending « s » Cockpit appends to a word. A label made of these words only (and of
     * placeholders, punctuation, operators) may stay as it is.
     */
    private static final Set<String> SAME_IN_FRENCH = Set.of("action", "actions", "active", "admin", "annotation",
            "application", "applications", "camunda", "cockpit", "configuration", "csv", "date", "description",
            "documentation", "exception", "id", "incident", "incidents", "instance", "instances", "job", "jobs", "json",
            "message", "migration", "notification", "ok", "optimize", "options", "s", "source", "tasklist", "total", "type",
            "types", "variable", "variables", "version");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|\\{}|</?(?:a|br|strong)\\b[^>]*>|%[sd]");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void everyEnglishLabelHasItsFrenchTranslation(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode french = labels(app, "fr");

        assertThat(names(french)).containsExactlyElementsOf(names(english));
        List<String> leftInEnglish = new ArrayList<>();
        english.properties().forEach(label -> {
            String value = label.getValue().asText();
            if (value.equals(french.path(label.getKey()).asText()) && !sameInFrench(value)) {
                leftInEnglish.add(label.getKey() + " = " + value);
            }
        });
        assertThat(leftInEnglish).as("libellés restés en anglais").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void theTranslationsKeepThePlaceholdersAndLinks(String app) throws IOException {
        JsonNode english = labels(app, "en");
        JsonNode french = labels(app, "fr");

        english.properties().forEach(label -> assertThat(placeholders(french.path(label.getKey()).asText()))
                .as(label.getKey()).isEqualTo(placeholders(label.getValue().asText())));
    }

    @Test
    void theWordsCounsellorsAndPartnersReadAreFrench() throws IOException {
        JsonNode tasklist = labels("tasklist", "fr");

        assertThat(tasklist.path("COMPLETE").asText()).isEqualTo("Terminer");
        assertThat(tasklist.path("CLAIM_TASK").asText()).isEqualTo("Prendre la tâche");
        assertThat(tasklist.path("UNCLAIM_TASK").asText()).isEqualTo("Libérer la tâche");
        assertThat(tasklist.path("START_PROCESS").asText()).isEqualTo("Démarrer un processus");
        assertThat(tasklist.path("FILTERS").asText()).isEqualTo("Filtres");
        assertThat(tasklist.path("SET_DUE_DATE").asText()).isEqualTo("Fixer l'échéance");
        assertThat(labels("welcome", "fr").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Se connecter");
    }

    @Test
    void theWordsManagersReadInCockpitAndAdminAreFrench() throws IOException {
        JsonNode cockpit = labels("cockpit", "fr");
        JsonNode admin = labels("admin", "fr");

        assertThat(cockpit.path("COCKPIT_PROCESSES").asText()).isEqualTo("Processus");
        assertThat(cockpit.path("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).isEqualTo("Instances de processus en cours");
        assertThat(cockpit.path("DASHBOARD_OPEN_INCIDENTS").asText()).isEqualTo("Incidents ouverts");
        assertThat(cockpit.path("PLUGIN_USER_TASKS_LABEL").asText()).isEqualTo("Tâches utilisateur");
        assertThat(cockpit.path("PLUGIN_CANCEL_PROCESS_DELETE_PROCESS_INSTANCE").asText()).isEqualTo("Supprimer l'instance de processus");
        assertThat(admin.path("USERS_USERS").asText()).isEqualTo("Utilisateurs");
        assertThat(admin.path("AUTHORIZATION_AUTHORIZATIONS").asText()).isEqualTo("Autorisations");
        assertThat(admin.path("USERS_UNLOCK_USER").asText()).isEqualTo("Débloquer l'utilisateur");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void theDatesAreWrittenInFrench(String app) throws IOException {
        JsonNode english = file("app/" + app + "/locales/en.json").path("dateLocales");
        JsonNode french = file("app/" + app + "/locales/fr.json").path("dateLocales");

        assertThat(names(french)).containsExactlyInAnyOrderElementsOf(names(english));
        assertThat(french.path("months").get(0).asText()).isEqualTo("janvier");
        assertThat(french.path("weekdays").get(1).asText()).isEqualTo("lundi");
        assertThat(french.path("weekdaysShort")).hasSize(7);
        assertThat(french.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(french.path("relativeTime").path("past").asText()).isEqualTo("il y a %s");
        assertThat(french.path("week").path("dow").asInt()).as("la semaine commence le lundi").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void ourConfigurationReplacesTheShippedOneWithFrenchOnlyAndKeepsItsShortcuts(String app) throws IOException {
        List<URL> configs = oursThenTheWebjars(app, "scripts/config.js");
        String ours = read(configs.get(0));

        assertThat(ours).contains("availableLocales: ['fr']", "fallbackLocale: 'fr'");
        assertThat(shortcuts(ours)).isEqualTo(shortcuts(read(configs.get(1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void ourStylesheetHidesTheBannerUrgingAMigrationToCamunda8(String app) throws IOException {
        String styles = read(oursThenTheWebjars(app, "styles/user-styles.css").get(0));
        String page = read(getClass().getClassLoader().getResource(WEBJAR + "app/" + app + "/index.html"));
        String header = read(getClass().getClassLoader().getResource(WEBJAR + "app/" + app + "/camunda-" + app + "-bootstrap.js"));

        assertThat(styles.replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none; }");
        assertThat(page).as("la page charge la feuille de style de personnalisation").contains("/app/" + app + "/styles/user-styles.css");
        assertThat(header).as("le bandeau porte toujours la classe que la feuille masque")
                .contains("<div ng-if=\"isCommunityEdition\" class=\"ce-eol-banner\"");
    }

    @Test
    void theFormWordsOurScriptRewritesAreStillTheOnesFormJsWrites() throws IOException {
        String formJs = read(getClass().getClassLoader().getResource(WEBJAR + "lib/deps.js"));
        String script = read(getClass().getClassLoader().getResource(WEBJAR + "app/tasklist/scripts/camunda-forms-fr.js"));

        assertThat(formJs).contains("\"Add new\"", "\"Collapse\"", "`Expand all (${", "\"Select\"", "placeholder:\"Search\"",
                "\"Field is required.\"", "\"Field must be a valid email.\"", "`Field must have minimum length of ${",
                "`Field must have maximum length of ${", "`Field must have minimum value of ${", "`Field must have maximum value of ${",
                "`Field must match pattern ${", "`Remove list item ${");
        assertThat(script).contains("/^Add new$/", "/^Collapse$/", "/^Expand all", "/^Field is required\\.$/", "/^Remove list item");
        assertThat(read(getClass().getClassLoader().getResource(WEBJAR + "app/tasklist/scripts/config.js")))
                .contains("customScripts: ['scripts/camunda-forms-fr', 'scripts/camunda-forms-validation', 'scripts/tasklist-feedback', 'scripts/pilotage-link']");
    }

    /** camunda-forms-validation.js reaches form-js through webpack's chunk registry and by this message of its Form. */
    @Test
    void theFormJsCodeOurValidationScriptPatchesIsStillThere() throws IOException {
        String formJs = read(getClass().getClassLoader().getResource(WEBJAR + "lib/deps.js"));
        String script = read(getClass().getClassLoader().getResource(WEBJAR + "app/tasklist/scripts/camunda-forms-validation.js"));

        assertThat(formJs).contains("self.webpackChunkcamunda_bpm_webapp").containsOnlyOnce("form is read-only")
                .contains("_setState(e){this._state={...this._state,...e},this._emit(\"changed\",this._getState())}")
                .contains("validate(){");
        assertThat(read(getClass().getClassLoader().getResource(WEBJAR + "app/tasklist/camunda-tasklist-bootstrap.js")))
                .as("Tasklist greys « Terminer » out while form-js's errors have an entry")
                .contains("var t=!!Object.keys(e.errors).length;h.notifyFormValidated(t)");
        assertThat(script).contains("self.webpackChunkcamunda_bpm_webapp", "'form is read-only'");
    }

    /** The file of ours, which the webapps serve, then the webjar's, which it replaces. */
    private List<URL> oursThenTheWebjars(String app, String path) throws IOException {
        List<URL> files = Collections.list(getClass().getClassLoader().getResources(WEBJAR + "app/" + app + "/" + path));
        assertThat(files).as("la nôtre, puis celle du webjar").hasSize(2);
        assertThat(files.get(1).toString()).contains("camunda-webapp-webjar");
        return files;
    }

    /** Whether French may write the label as English does: it holds only words of {@link #SAME_IN_FRENCH}. */
    static boolean sameInFrench(String value) {
        return Arrays.stream(value.replaceAll("\\{\\{[^}]*}}", " ").split("[^\\p{L}]+"))
                .allMatch(word -> word.isEmpty() || SAME_IN_FRENCH.contains(word.toLowerCase(Locale.ROOT)));
    }

    private static JsonNode labels(String app, String language) throws IOException {
        return file("app/" + app + "/locales/" + language + ".json").path("labels");
    }

    private static JsonNode file(String path) throws IOException {
        try (InputStream json = WebappTranslationTest.class.getClassLoader().getResourceAsStream(WEBJAR + path)) {
            assertThat(json).as(path).isNotNull();
            return JSON.readTree(json);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
            names.add(fields.next());
        }
        return names;
    }

    private static Set<String> placeholders(String value) {
        Set<String> placeholders = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            placeholders.add(matcher.group(1) != null ? matcher.group(1) : matcher.group());
        }
        return placeholders;
    }

    private static Map<String, String> shortcuts(String config) {
        Map<String, String> keys = new TreeMap<>();
        Matcher matcher = Pattern.compile("(\\w+): \\{\\s*key: '([^']+)'").matcher(config);
        while (matcher.find()) {
            keys.put(matcher.group(1), matcher.group(2));
        }
        return keys;
    }

    private static String read(URL resource) throws IOException {
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
