package fr.francetravail.aae.survey;

/** The answer to the respondent's « did the action help? » question. */
public enum Helpfulness {
    YES("Oui"),
    PARTLY("En partie"),
    NO("Non");

    private final String label;

    Helpfulness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
