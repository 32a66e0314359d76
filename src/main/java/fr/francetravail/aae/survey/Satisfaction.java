package fr.francetravail.aae.survey;

/** Overall satisfaction, on the programme's four-level scale. The first two count as satisfied (KPI « Qualité »). */
public enum Satisfaction {
    VERY_SATISFIED("Très satisfait"),
    RATHER_SATISFIED("Plutôt satisfait"),
    RATHER_DISSATISFIED("Plutôt pas satisfait"),
    NOT_AT_ALL_SATISFIED("Pas du tout satisfait");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSatisfied() {
        return this == VERY_SATISFIED || this == RATHER_SATISFIED;
    }
}
