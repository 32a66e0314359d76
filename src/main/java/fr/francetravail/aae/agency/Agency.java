package fr.francetravail.aae.agency;

import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A France Travail agency; its counsellors form the Tasklist group {@code agence-<code>}. */
@Table("agency")
public class Agency {

    @Id
    private String code;
    private String name;
    @Column("region_code")
    private Region region;
    private String email;
    private Instant createdAt;
    @Version
    private Integer version;

    Agency(String code, String name, Region region, String email, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.email = email;
        this.createdAt = createdAt;
    }

    void update(String name, Region region, String email) {
        this.name = name;
        this.region = region;
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String groupId() {
        return Viewer.AGENCY_GROUP_PREFIX + code;
    }
}
