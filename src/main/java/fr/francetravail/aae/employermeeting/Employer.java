package fr.francetravail.aae.employermeeting;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A company registered for one operation's employer meeting, with its contact person and its job offers. A company is
 * there once: same SIRET, or same name when it has none. The contact's details are personal data and stay here.
 */
@Table("employer")
public class Employer {

    @Id
    private Long id;
    private Long operationId;
    private String companyName;
    private String companyKey;
    private String siret;
    private String sector;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String registeredBy;
    private Instant registeredAt;
    @MappedCollection(idColumn = "employer_id", keyColumn = "position")
    private List<JobOffer> offers;
    @Version
    private Integer version;

    private Employer() {
    }

    Employer(long operationId, EmployerRequest request, String actor, Instant now) {
        this.operationId = operationId;
        this.companyName = request.companyName().strip();
        this.companyKey = request.companyKey();
        this.siret = request.siret();
        this.sector = request.sector().strip();
        this.contactName = request.contactName().strip();
        this.contactEmail = request.contactEmail().strip();
        this.contactPhone = request.contactPhone();
        this.offers = request.offers().stream().map(JobOffer::of).toList();
        this.registeredBy = actor;
        this.registeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public String getCompanyName() {
        return companyName;
    }

    String getCompanyKey() {
        return companyKey;
    }

    public String getSiret() {
        return siret;
    }

    public String getSector() {
        return sector;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public List<JobOffer> getOffers() {
        return List.copyOf(offers);
    }

    /** Positions offered across the employer's job offers. */
    public int getPositions() {
        return offers.stream().mapToInt(JobOffer::positions).sum();
    }
}
