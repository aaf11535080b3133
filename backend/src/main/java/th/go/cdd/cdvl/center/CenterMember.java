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

    /** What an erased member is called from then on. */
    public static final String ERASED_NAME = "(ลบข้อมูลส่วนบุคคลแล้ว)";

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

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

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

    /**
     * Erases the member's personal data on their request (PDPA): the name becomes
     * {@link #ERASED_NAME} and the phone goes; role, gender, skills and dates stay for the counts.
     */
    void erase(OffsetDateTime now) {
        this.fullName = ERASED_NAME;
        this.phone = null;
        this.erasedAt = now;
        this.updatedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public OffsetDateTime getErasedAt() {
        return erasedAt;
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
