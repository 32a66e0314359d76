package fr.francetravail.aae.cohort;

import java.util.List;

/**
 * The priority publics (DELD, BRSA, JEUNE, QPV, TH, SENIOR) a candidate belongs to. Decided by the DMN table
 * {@code priority-publics}, never by code; evaluated on the domain's data so none of it passes through a process.
 */
public interface PriorityPublicsRule {

    List<String> publicsOf(PriorityProfile profile);

    /** The facts the table decides on, computed on the day of the decision. */
    record PriorityProfile(int registrationMonths, int age, boolean rsaBeneficiary, boolean qpvResident, boolean recognisedDisability) {
    }
}
