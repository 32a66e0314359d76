package fr.francetravail.aae.kpi;

/** The priority publics of the programme, as {@code priority-publics} tags an enrolment, with their French names. */
enum PriorityPublic {
    DELD("Demandeurs d'emploi de longue durée"),
    BRSA("Bénéficiaires du RSA"),
    JEUNE("Jeunes de moins de 26 ans"),
    QPV("Résidents des quartiers prioritaires"),
    TH("Travailleurs handicapés"),
    SENIOR("Seniors de 50 ans et plus");

    private final String label;

    PriorityPublic(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
