package fr.francetravail.aae.employermeeting;

/** One job offer of a registered employer. */
public record JobOffer(String title, ContractType contractType, int positions) {

    static JobOffer of(JobOfferRequest request) {
        return new JobOffer(request.title().strip(), request.contractType(), request.positions());
    }
}
