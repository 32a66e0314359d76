package fr.francetravail.aae.outcome;

/** When a participant's situation is looked at after the end of the action; M6 is the programme's measured outcome. */
public enum Checkpoint {
    M1("1 mois"), M3("3 mois"), M6("6 mois");

    private final String label;

    Checkpoint(String label) {
        this.label = label;
    }

    /** « 6 mois », as counsellors read it. */
    public String label() {
        return label;
    }
}
