package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Region;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hands out operation references {@code AAE-<year>-<region>-<4-digit seq>}, one counter per year and region. */
@Component
class OperationReferences {

    private final JdbcClient jdbc;

    OperationReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(int year, Region region) {
        int seq = increment(year, region);
        if (seq > 9999) {
            throw new IllegalStateException("Plus de 9999 opérations en " + year + " pour la région " + region);
        }
        return "AAE-%d-%s-%04d".formatted(year, region.name(), seq);
    }

    private int increment(int year, Region region) {
        int updated = jdbc.sql("update operation_sequence set last_value = last_value + 1 where reference_year = ? and region_code = ?")
                .params(year, region.name()).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into operation_sequence (reference_year, region_code, last_value) values (?, ?, 1)")
                        .params(year, region.name()).update();
                return 1;
            } catch (DuplicateKeyException raceWithAnotherProposal) {
                return increment(year, region);
            }
        }
        return jdbc.sql("select last_value from operation_sequence where reference_year = ? and region_code = ?")
                .params(year, region.name()).query(Integer.class).single();
    }
}
