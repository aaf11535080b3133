package th.go.cdd.cdvl.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** People who took part, counted per target group of the guideline. */
@Embeddable
@Schema(name = "Participants", description = "Participants per target group; each 0 to 100,000.")
public record Participants(
        @Column(name = "participants_committee") @Min(0) @Max(100_000)
        @Schema(description = "คณะกรรมการบริหารศูนย์ / center executive committee", examples = "9") int committee,
        @Column(name = "participants_leaders") @Min(0) @Max(100_000)
        @Schema(description = "ผู้นำจิตอาสา / volunteer leaders", examples = "20") int volunteerLeaders,
        @Column(name = "participants_community") @Min(0) @Max(100_000)
        @Schema(description = "ผู้นำชุมชน ประชาชน นักเรียน ผู้สนใจ / community leaders, people, students", examples = "45") int community,
        @Column(name = "participants_partners") @Min(0) @Max(100_000)
        @Schema(description = "ภาคีเครือข่าย ๗ ภาคี / partners of the 7 sectors", examples = "5") int partners,
        @Column(name = "participants_officers") @Min(0) @Max(100_000)
        @Schema(description = "เจ้าหน้าที่พัฒนาชุมชน / CD officers", examples = "2") int officers) {

    public static final Participants NONE = new Participants(0, 0, 0, 0, 0);

    public int total() {
        return committee + volunteerLeaders + community + partners + officers;
    }

    /** Both groups of people together, group by group. */
    public Participants plus(Participants other) {
        return new Participants(committee + other.committee, volunteerLeaders + other.volunteerLeaders,
                community + other.community, partners + other.partners, officers + other.officers);
    }
}
