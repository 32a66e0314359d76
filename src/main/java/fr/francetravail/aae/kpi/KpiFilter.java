package fr.francetravail.aae.kpi;

/** The filters of a KPI request as given ({@code year}, {@code region} code, {@code agency} code, {@code operation} reference). */
public record KpiFilter(String year, String region, String agency, String operation) {
}
