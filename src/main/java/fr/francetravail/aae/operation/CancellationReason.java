package fr.francetravail.aae.operation;

/** Why an operation was cancelled. */
public enum CancellationReason {
    CONVENTION_DECLINED("Convention refusée par la structure culturelle"),
    PARTNERSHIP_ABANDONED("Partenariat abandonné : la structure culturelle n'a pas répondu");

    private final String label;

    CancellationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
