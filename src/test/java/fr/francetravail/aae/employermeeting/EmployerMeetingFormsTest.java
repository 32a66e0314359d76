package fr.francetravail.aae.employermeeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.operation.OperationProcess.Variables;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The two forms of phase 4 against what their listeners read: every submitted field of a row is a component of the
 * request record, and every component a field. Tasklist 7.24's form-js submits neither disabled fields nor the rows of
 * a collapsed dynamic list, so read-only values the listener needs are {@code readonly}, names are {@code disabled},
 * and no list collapses.
 */
class EmployerMeetingFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theEmployerRegistrationFormSubmitsTheEmployersAndTheirOffers() throws IOException {
        JsonNode form = form(EmployerMeetingTasks.FORM_EMPLOYER_REGISTRATION);
        JsonNode employers = list(form, Variables.EMPLOYERS);
        JsonNode offers = list(employers, "offers");

        assertThat(submittedKeys(employers)).containsExactlyInAnyOrderElementsOf(components(EmployerRequest.class));
        assertThat(submittedKeys(offers)).containsExactlyInAnyOrderElementsOf(components(JobOfferRequest.class));
        assertThat(StreamSupport.stream(field(offers, "contractType").path("values").spliterator(), false).map(v -> v.path("value").asText()))
                .containsExactlyElementsOf(Arrays.stream(ContractType.values()).map(Enum::name).toList());
        assertThat(field(form, EmployerMeetingTasks.REGISTERED_EMPLOYERS).path("disabled").asBoolean()).isTrue();
        assertThat(field(form, EmployerMeetingTasks.EMPLOYER_MEETING_DAY).path("disabled").asBoolean()).isTrue();
    }

    @Test
    void theMeetingResultsFormSubmitsOneRowPerParticipantWithItsEnrolmentId() throws IOException {
        JsonNode form = form(EmployerMeetingTasks.FORM_MEETING_RESULTS);
        JsonNode rows = list(form, Variables.MEETING_RESULTS);

        assertThat(submittedKeys(rows)).containsExactlyInAnyOrderElementsOf(components(MeetingResultRequest.class));
        assertThat(field(rows, "enrolmentId").path("readonly").asBoolean()).as("soumis mais non modifiable").isTrue();
        assertThat(field(rows, MeetingResultsDisplay.PARTICIPANT_NAME).path("disabled").asBoolean()).as("affiché, jamais soumis").isTrue();
        assertThat(rows.path("allowAddRemove").asBoolean()).isFalse();
    }

    private static JsonNode form(String id) throws IOException {
        try (InputStream file = EmployerMeetingFormsTest.class.getResourceAsStream("/" + id + ".form")) {
            assertThat(file).as("forms/%s.form", id).isNotNull();
            JsonNode form = JSON.readTree(file);
            assertThat(form.path("id").asText()).isEqualTo(id);
            assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
            return form;
        }
    }

    /** A dynamic list that never collapses: form-js 1.8 would not submit the collapsed rows. */
    private static JsonNode list(JsonNode container, String key) {
        JsonNode list = field(container, key);
        assertThat(list.path("type").asText()).isEqualTo("dynamiclist");
        assertThat(list.path("path").asText()).isEqualTo(key);
        assertThat(list.path("disableCollapse").asBoolean()).as("%s ne se replie pas", key).isTrue();
        return list;
    }

    private static JsonNode field(JsonNode container, String key) {
        return field(container, key, "key");
    }

    private static JsonNode field(JsonNode container, String value, String property) {
        List<JsonNode> found = new ArrayList<>();
        collect(container, value, property, found);
        assertThat(found).as("champ %s", value).hasSize(1);
        return found.get(0);
    }

    private static void collect(JsonNode container, String value, String property, List<JsonNode> found) {
        for (JsonNode component : container.path("components")) {
            if (component.path(property).asText().equals(value) || component.path("path").asText().equals(value)) {
                found.add(component);
            } else if (!"dynamiclist".equals(component.path("type").asText())) {
                collect(component, value, property, found);
            }
        }
    }

    /** The keys a row submits: its own fields (groups opened, nested lists as one key), disabled ones left out. */
    private static List<String> submittedKeys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        for (JsonNode component : list.path("components")) {
            if ("dynamiclist".equals(component.path("type").asText())) {
                keys.add(component.path("path").asText());
            } else if (component.has("key") && !component.path("disabled").asBoolean()) {
                keys.add(component.path("key").asText());
            } else if (component.has("components")) {
                keys.addAll(submittedKeys(component));
            }
        }
        return keys;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
