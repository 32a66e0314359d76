package fr.francetravail.aae.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.kpi.KpiReport.Amount;
import fr.francetravail.aae.kpi.KpiReport.Rate;
import fr.francetravail.aae.operation.OperationStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export: texts a spreadsheet could run as formulas are neutralised, numbers (negative ones too) stay numbers. */
class KpiCsvTest {

    @Test
    void aLabelThatLooksLikeAFormulaIsShownAsText() {
        List<String> lines = lines(report("=HYPERLINK(\"https://evil.example\";\"Cliquez\")", new BigDecimal("2700.00")));

        assertThat(lines.get(0)).isEqualTo("\uFEFF" + KpiCsv.HEADER);
        assertThat(lines.get(1)).isEqualTo("Périmètre;\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Cliquez\"\")\";;;;;");
    }

    @Test
    void everyFormulaStartGetsAnApostrophe() {
        assertThat(lines(report("+33 agence", BigDecimal.ONE)).get(1)).isEqualTo("Périmètre;'+33 agence;;;;;");
        assertThat(lines(report("-2+3", BigDecimal.ONE)).get(1)).isEqualTo("Périmètre;'-2+3;;;;;");
        assertThat(lines(report("@SUM(A1)", BigDecimal.ONE)).get(1)).isEqualTo("Périmètre;'@SUM(A1);;;;;");
        assertThat(lines(report("\t=1+1", BigDecimal.ONE)).get(1)).isEqualTo("Périmètre;'\t=1+1;;;;;");
        assertThat(lines(report("Agence Lens-Liévin", BigDecimal.ONE)).get(1)).as("un tiret au milieu ne dit rien")
                .isEqualTo("Périmètre;Agence Lens-Liévin;;;;;");
    }

    @Test
    void aLineBreakOrACarriageReturnIsQuoted() {
        String csv = KpiCsv.of(report("\rAgence\nde Lens", BigDecimal.ONE));

        assertThat(csv).contains("Périmètre;\"'\rAgence\nde Lens\";;;;;\r\n");
    }

    @Test
    void negativeNumbersStayNumbers() {
        List<String> lines = lines(report("France", new BigDecimal("-2700.50")));

        assertThat(lines).contains("Efficience;Montant versé par l'AFDAS (EUR);-2700,50;;-2700,50;;");
        assertThat(lines).contains("Efficience;Coût par participant (EUR);-2700,50;2;-1350,25;2700;oui");
    }

    private static List<String> lines(KpiReport report) {
        return Arrays.asList(KpiCsv.of(report).split("\r\n"));
    }

    private static KpiReport report(String scopeLabel, BigDecimal amountPaid) {
        Rate rate = Rate.of(1, 2);
        return new KpiReport(new KpiReport.Scope(KpiReport.Level.AGENCY, null, Region.HDF, "lens", null, scopeLabel),
                new KpiReport.Efficacy(rate, rate, new KpiReport.EfficacyReference(new BigDecimal("0.58"), new BigDecimal("0.15"))),
                new KpiReport.Relevance(rate, new BigDecimal("0.76")),
                new KpiReport.Efficiency(amountPaid, Amount.of(amountPaid, 2), Amount.of(amountPaid, 0), new BigDecimal("2700")),
                new KpiReport.Coherence(List.of()),
                new KpiReport.Quality(rate, rate, rate, new KpiReport.QualityReference(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)),
                new KpiReport.Deployment(List.of(), List.of()), List.of(new KpiReport.Phase(OperationStatus.values()[0], "Proposée", 1)),
                List.of(), null);
    }
}
