package fr.francetravail.aae.kpi;

import fr.francetravail.aae.kpi.KpiReport.Amount;
import fr.francetravail.aae.kpi.KpiReport.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A report as a French spreadsheet opens it: UTF-8 with a byte order mark, {@code ;} between fields, decimal comma,
 * one line per indicator with its numerator, denominator, value, reference and small-denominator flag. Texts (the scope's
 * label may hold an agency's name) can never be read as a formula.
 */
final class KpiCsv {

    static final String HEADER = "critère;indicateur;numérateur;dénominateur;valeur;référence;petit effectif";
    private static final String BOM = "\uFEFF";
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[;\"\r\n]");

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(line("Périmètre", report.scope().label(), null, null, null, null, null));
        lines.add(rate("Efficacité", "Accès à l'emploi à 6 mois", report.efficacy().employment(), report.efficacy().reference().employment()));
        lines.add(rate("Efficacité", "Accès à une formation à 6 mois", report.efficacy().training(), report.efficacy().reference().training()));
        lines.add(rate("Pertinence", "Participants ayant bénéficié d'au moins un service", report.relevance().served(), report.relevance().reference()));
        lines.add(line("Efficience", "Montant versé par l'AFDAS (EUR)", report.efficiency().amountPaid(), null, report.efficiency().amountPaid(), null, null));
        lines.add(amount("Coût par participant (EUR)", report.efficiency().costPerParticipant(), report.efficiency().referenceLumpSum()));
        lines.add(amount("Coût par retour à l'emploi (EUR)", report.efficiency().costPerEmployment(), null));
        report.coherence().publics().forEach(share -> lines.add(rate("Cohérence", "Part des publics " + share.priorityPublic() + " ("
                + share.label() + ")", share.share(), share.territoryShare())));
        lines.add(rate("Qualité", "Participants satisfaits", report.quality().participants(), report.quality().reference().participants()));
        lines.add(rate("Qualité", "Structures culturelles satisfaites", report.quality().partners(), report.quality().reference().partners()));
        lines.add(rate("Qualité", "Conseillers satisfaits", report.quality().counsellors(), report.quality().reference().counsellors()));
        report.deployment().byYear().forEach(year -> lines.add(line("Déploiement", "Opérations " + year.year() + " (objectif national)",
                year.operations(), null, year.operations(), year.target(), null)));
        report.deployment().byRegion().forEach(region -> lines.add(line("Déploiement", "Opérations " + region.label(),
                region.operations(), null, region.operations(), null, null)));
        report.phases().forEach(phase -> lines.add(line("Phases", "Opérations en cours : " + phase.label(),
                phase.operations(), null, phase.operations(), null, null)));
        return BOM + String.join("\r\n", lines) + "\r\n";
    }

    private static String rate(String criterion, String indicator, Rate rate, BigDecimal reference) {
        return line(criterion, indicator, rate.numerator(), rate.denominator(), rate.value(), reference, rate.smallDenominator());
    }

    private static String amount(String indicator, Amount amount, BigDecimal reference) {
        return line("Efficience", indicator, amount.numerator(), amount.denominator(), amount.value(), reference, amount.smallDenominator());
    }

    private static String line(String criterion, String indicator, Object numerator, Object denominator, Object value, Object reference,
            Boolean small) {
        return Stream.of(text(criterion), text(indicator), number(numerator), number(denominator), number(value), number(reference),
                text(small == null ? null : small ? "oui" : "non")).collect(Collectors.joining(";"));
    }

    /** A number with a decimal comma; a negative one stays a number. */
    private static String number(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString().replace('.', ',') : value.toString();
    }

    /**
     * A text the spreadsheet shows as text: one it would read as a formula ({@code = + - @}, tab, carriage return first)
     * gets an apostrophe before it, and one holding {@code ;}, {@code "} or a line break is quoted, its quotes doubled.
     */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String text = FORMULA_START.matcher(value).lookingAt() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
