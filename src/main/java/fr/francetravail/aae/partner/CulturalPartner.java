package fr.francetravail.aae.partner;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A cultural structure hosting operations; its mediators form the Tasklist group {@code partenaire-<slug>}. */
@Table("cultural_partner")
public class CulturalPartner {

    @Id
    private String slug;
    private String name;
    private String siret;
    private PartnerType type;
    @Column("region_code")
    private Region region;
    private String city;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Instant createdAt;
    @Version
    private Integer version;

    CulturalPartner(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    void update(PartnerRequest request) {
        this.name = request.name();
        this.siret = request.siret();
        this.type = request.type();
        this.region = request.region();
        this.city = request.city();
        this.contactName = request.contactName();
        this.contactEmail = request.contactEmail();
        this.contactPhone = request.contactPhone();
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getSiret() {
        return siret;
    }

    public PartnerType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public String getCity() {
        return city;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String groupId() {
        return Viewer.PARTNER_GROUP_PREFIX + slug;
    }
}
