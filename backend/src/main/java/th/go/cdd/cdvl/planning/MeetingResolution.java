package th.go.cdd.cdvl.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One resolution of a meeting: what was decided, who carries it out by when, and when it was done. */
@Entity
@Table(name = "meeting_resolution")
public class MeetingResolution {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int position;

    private String text;

    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_note")
    private String doneNote;

    protected MeetingResolution() {
    }

    MeetingResolution(Meeting meeting) {
        this.id = UUID.randomUUID();
        this.meeting = meeting;
    }

    void describe(int position, String text, String owner, LocalDate dueOn) {
        this.position = position;
        this.text = text;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /** Done on {@code on} with a note, or open again when {@code on} is null. */
    void settle(LocalDate on, String note) {
        this.doneOn = on;
        this.doneNote = on == null ? null : note;
    }

    public UUID getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDoneNote() {
        return doneNote;
    }
}
