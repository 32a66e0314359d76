package fr.francetravail.aae.kpi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code aae.kpi.*}: how often each node folds the rows appended to the KPI totals ({@code compaction-interval}, read by
 * {@link KpiTotalsCompaction}), the national targets of operations per year (a later year keeps the last target), each
 * priority public's share of the territory's job seekers, and the deck's reference figures shown beside each criterion.
 * A missing or out-of-range value stops start-up.
 */
@Validated
@ConfigurationProperties("aae.kpi")
record KpiSettings(
        @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration compactionInterval,
        @NotEmpty Map<Integer, @NotNull @Positive Integer> targets,
        @NotNull Map<PriorityPublic, @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal> territoryShares,
        @NotNull @Valid References references) {

    @AssertTrue(message = "aae.kpi.territory-shares doit donner la part de chaque public prioritaire (DELD, BRSA, JEUNE, QPV, TH, SENIOR)")
    boolean isEveryPublicShared() {
        return territoryShares != null && territoryShares.keySet().containsAll(EnumSet.allOf(PriorityPublic.class));
    }

    /** The national target of the year: the last configured target at or before it, none before the first. */
    Integer targetOf(int year) {
        NavigableMap<Integer, Integer> byYear = new TreeMap<>(targets);
        Map.Entry<Integer, Integer> target = byYear.floorEntry(year);
        return target == null ? null : target.getValue();
    }

    /** The reference figures of the deck (Hauts-de-France): rates between 0 and 1, the lump sum in EUR. */
    record References(
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal employment,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal training,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal served,
            @NotNull @Positive BigDecimal lumpSum,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal participantsSatisfied,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal partnersSatisfied,
            @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal counsellorsSatisfied) {

        References {
            lumpSum = lumpSum == null ? null : lumpSum.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
