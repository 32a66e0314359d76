package fr.francetravail.aae.kpi;

import fr.francetravail.aae.operation.OperationStatus;

/** The French name of each phase of an operation, as the dashboard shows it. */
final class PhaseLabels {

    private PhaseLabels() {
    }

    static String of(OperationStatus status) {
        return switch (status) {
            case PARTNERSHIP -> "Convention";
            case COHORT_BUILDING -> "Constitution du groupe";
            case RECRUITING -> "Recrutement";
            case COHORT_DECISION -> "Validation du groupe";
            case WORKSHOPS -> "Ateliers";
            case WORKSHOPS_COMPLETED -> "Ateliers terminés";
            case EMPLOYER_MEETING -> "Rencontre avec les employeurs";
            case END_OF_ACTION -> "Fin de l'action";
            case FOLLOW_UP -> "Suivi à 6 mois";
            case CLOSED -> "Clôturée";
            case CANCELLED -> "Annulée";
        };
    }
}
