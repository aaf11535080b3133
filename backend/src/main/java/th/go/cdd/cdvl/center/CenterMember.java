package th.go.cdd.cdvl.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A committee member or volunteer leader of a center. Personal data under the PDPA: only what the
 * program needs (no national ID), shown only inside the caller's area, never logged.
 */
@Entity
@Table(name = "center_member")
public class CenterMember {

    @Id
    private UUID id;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "full_name")
    private String fullName;

    @Enumerated(EnumType.STRING)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private String phone;

    private LocalDate since;

    private String skills;

    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected CenterMember() {
    }

    CenterMember(UUID centerId, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String fullName, MemberRole role, Gender gender, String phone, LocalDate since, String skills,
            boolean active, OffsetDateTime now) {
        this.fullName = fullName;
        this.role = role;
        this.gender = gender;
        this.phone = phone;
        this.since = since;
        this.skills = skills;
        this.active = active;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCenterId() {
        return centerId;
    }

    public String getFullName() {
        return fullName;
    }

    public MemberRole getRole() {
        return role;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getSkills() {
        return skills;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
