package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every form ends with Tasklist's own « Terminer » (TasklistFormsBrowserIT): none brings a button of its own. */
class CamundaFormsTest {

    @Test
    void noFormHasAButtonOfItsOwn() throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            assertThat(forms.toList()).isNotEmpty().allSatisfy(form -> assertThat(Files.readString(form)).as(form.toString())
                    .doesNotContain("\"type\": \"button\"").doesNotContain("Terminez la tâche avec le bouton"));
        }
    }
}
