package fr.francetravail.aae.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.operation.OperationStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The deck's five criteria and the deployment for one scope (France, a region, an agency or an operation, optionally one
 * year), with the next level down for drill-down. Every rate carries its numerator and denominator.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record KpiReport(Scope scope, Efficacy efficacy, Relevance relevance, Efficiency efficiency, Coherence coherence,
        Quality quality, Deployment deployment, List<Phase> phases, List<Child> children, String processInstanceId) {

    /** Below this many people a rate is flagged: it says little. */
    static final int SMALL_DENOMINATOR = 5;

    /** How wide the scope is; each level's children are of the next one. */
    public enum Level {
        NATIONAL, REGION, AGENCY, OPERATION
    }

    /** What the figures cover: the most specific filter given, and the year if any. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Scope(Level level, Integer year, Region region, String agency, String operation, String label) {
    }

    /** numerator / denominator; no value when nobody is counted. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Rate(long numerator, long denominator, BigDecimal value, boolean smallDenominator) {

        static Rate of(long numerator, long denominator) {
            BigDecimal value = denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP).stripTrailingZeros();
            return new Rate(numerator, denominator, value, denominator < SMALL_DENOMINATOR);
        }
    }

    /** An amount in EUR shared among people (cost per participant, per return to employment). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Amount(BigDecimal numerator, long denominator, BigDecimal value, boolean smallDenominator) {

        static Amount of(BigDecimal numerator, long denominator) {
            BigDecimal value = denominator == 0 ? null : numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
            return new Amount(numerator, denominator, value, denominator < SMALL_DENOMINATOR);
        }
    }

    /** Efficacité: employed, in training six months after the action, among those followed up to M6. */
    public record Efficacy(Rate employment, Rate training, EfficacyReference reference) {
    }

    public record EfficacyReference(BigDecimal employment, BigDecimal training) {
    }

    /** Pertinence: participants who completed with at least one service at the employer meeting. */
    public record Relevance(Rate served, BigDecimal reference) {
    }

    /** Efficience: the lump sums settled by AFDAS, per participant who completed and per return to employment. */
    public record Efficiency(BigDecimal amountPaid, Amount costPerParticipant, Amount costPerEmployment, BigDecimal referenceLumpSum) {
    }

    /** Cohérence: each priority public's share of the cohorts against its share of the territory's job seekers. */
    public record Coherence(List<PublicShare> publics) {
    }

    public record PublicShare(@JsonProperty("public") PriorityPublic priorityPublic, String label, Rate share, BigDecimal territoryShare) {
    }

    /** Qualité: satisfied among those who answered the survey, per kind of respondent. */
    public record Quality(Rate participants, Rate partners, Rate counsellors, QualityReference reference) {
    }

    public record QualityReference(BigDecimal participants, BigDecimal partners, BigDecimal counsellors) {
    }

    /** Déploiement: operations not cancelled, per year of their first workshop against the national target, per region. */
    public record Deployment(List<YearDeployment> byYear, List<RegionDeployment> byRegion) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record YearDeployment(int year, long operations, Integer target) {
    }

    public record RegionDeployment(Region region, String label, long operations) {
    }

    /** Running operations in one phase. */
    public record Phase(OperationStatus status, String label, long operations) {
    }

    /** One part of the scope at the next level down: operations not cancelled, employment and relevance. */
    public record Child(Level level, String key, String label, long operations, Rate employment, Rate served) {
    }
}
