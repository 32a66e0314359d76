package fr.francetravail.aae.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.request-bodies.*}: the largest request body each family of paths accepts ({@link RequestBodyLimitFilter}).
 * {@code candidate-import}: a candidates' CSV file or JSON list ({@code /api/operations/{ref}/candidates}); {@code
 * afdas-callback}: AFDAS's signed callbacks; {@code api}: the rest of {@code /api}; {@code engine}: {@code /engine-rest} and
 * the webapps' {@code /camunda/api} (task forms, models deployed from the Modeler); {@code survey}: the participants' survey
 * page ({@code /enquete}); {@code other}: every other path (simulators, dashboard, actuator). A missing limit, or one
 * outside 1 KB – 10 MB, stops start-up.
 */
@Validated
@ConfigurationProperties("aae.request-bodies")
record RequestBodySettings(
        @NotNull DataSize candidateImport,
        @NotNull DataSize afdasCallback,
        @NotNull DataSize api,
        @NotNull DataSize engine,
        @NotNull DataSize survey,
        @NotNull DataSize other) {

    static final DataSize SMALLEST = DataSize.ofKilobytes(1);
    static final DataSize LARGEST = DataSize.ofMegabytes(10);

    @AssertTrue(message = "aae.request-bodies : chaque limite doit être comprise entre 1KB et 10MB")
    boolean isEveryLimitWithinBounds() {
        return limits().allMatch(limit -> limit == null
                || limit.toBytes() >= SMALLEST.toBytes() && limit.toBytes() <= LARGEST.toBytes());
    }

    /** Every limit (Tomcat's own form limit must not be below the largest, or it would drop forms this service takes). */
    Stream<DataSize> limits() {
        return Stream.of(candidateImport, afdasCallback, api, engine, survey, other);
    }
}
