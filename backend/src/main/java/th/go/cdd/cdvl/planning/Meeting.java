package th.go.cdd.cdvl.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import th.go.cdd.cdvl.calendar.FiscalCalendar;
import th.go.cdd.cdvl.common.version.CreatedAndTracked;

/** A meeting of the driving mechanism (การประชุมกลไกขับเคลื่อน) with its resolutions, in the order of the minutes. */
@Entity
public class Meeting extends CreatedAndTracked {

    @Id
    private UUID id;

    @Column(name = "fiscal_year")
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    private MeetingLevel level;

    @Column(name = "area_code")
    private String areaCode;

    @Column(name = "center_id")
    private UUID centerId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String place;

    private String title;

    private String agenda;

    private int committee;

    @Column(name = "volunteer_leaders")
    private int volunteerLeaders;

    private int community;

    private int partners;

    private int officers;

    @Column(name = "attendee_names")
    private String attendeeNames;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingResolution> resolutions = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(MeetingLevel level, String areaCode, UUID centerId, OffsetDateTime now, String actor) {
        this.id = UUID.randomUUID();
        this.level = level;
        this.areaCode = areaCode;
        this.centerId = centerId;
        created(now, actor);
    }

    /** What the minutes say; the fiscal year follows the date ({@link FiscalCalendar}). */
    void describe(LocalDate heldOn, String place, String title, String agenda, int[] attendees, String attendeeNames) {
        this.heldOn = heldOn;
        this.fiscalYear = FiscalCalendar.fiscalYearOf(heldOn);
        this.place = place;
        this.title = title;
        this.agenda = agenda;
        this.committee = attendees[0];
        this.volunteerLeaders = attendees[1];
        this.community = attendees[2];
        this.partners = attendees[3];
        this.officers = attendees[4];
        this.attendeeNames = attendeeNames;
    }

    /** The minutes' resolutions, in order: those not in {@code ordered} are dropped, new ones added. */
    void replaceResolutions(List<MeetingResolution> ordered) {
        resolutions.retainAll(ordered);
        ordered.stream().filter(r -> !resolutions.contains(r)).forEach(resolutions::add);
        resolutions.sort(Comparator.comparingInt(MeetingResolution::getPosition));
    }

    public UUID getId() {
        return id;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public MeetingLevel getLevel() {
        return level;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public UUID getCenterId() {
        return centerId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public int getCommittee() {
        return committee;
    }

    public int getVolunteerLeaders() {
        return volunteerLeaders;
    }

    public int getCommunity() {
        return community;
    }

    public int getPartners() {
        return partners;
    }

    public int getOfficers() {
        return officers;
    }

    public String getAttendeeNames() {
        return attendeeNames;
    }

    public List<MeetingResolution> getResolutions() {
        return resolutions;
    }
}
