package fr.francetravail.aae.employermeeting;

/** The kind of contract a job offer proposes, as counsellors and employers name it. */
public enum ContractType {
    CDI("CDI"),
    CDD("CDD"),
    INTERIM("intérim"),
    ALTERNANCE("alternance"),
    CONTRAT_AIDE("contrat aidé"),
    AUTRE("autre");

    private final String label;

    ContractType(String label) {
        this.label = label;
    }

    /** The French label users read. */
    public String label() {
        return label;
    }
}
