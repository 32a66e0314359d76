package fr.francetravail.aae.workshop;

import fr.francetravail.aae.common.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One workshop of an operation's series, as delivered in the venue, with its attendance sheet. */
@Table("workshop_session")
public class WorkshopSession {

    @Id
    private Long id;
    private Long operationId;
    private int sequenceNumber;
    private LocalDate workshopDate;
    private WorkshopStatus status;
    private String attendanceRecordedBy;
    private Instant attendanceRecordedAt;
    @MappedCollection(idColumn = "workshop_session_id")
    private Set<ExpectedParticipant> expected = new HashSet<>();
    @MappedCollection(idColumn = "workshop_session_id")
    private Set<Attendance> attendance = new HashSet<>();
    @Version
    private Integer version;

    private WorkshopSession() {
    }

    WorkshopSession(long operationId, int sequenceNumber, LocalDate workshopDate) {
        this.operationId = operationId;
        this.sequenceNumber = sequenceNumber;
        this.workshopDate = workshopDate;
        this.status = WorkshopStatus.SCHEDULED;
    }

    void reminded() {
        if (status == WorkshopStatus.SCHEDULED) {
            status = WorkshopStatus.REMINDED;
        }
    }

    /** The workshop is over: the sheet lists who was enrolled at that moment. */
    void openSheet(Set<Long> enrolled) {
        if (status == WorkshopStatus.ATTENDANCE_RECORDED) {
            throw new StateConflictException("La feuille d'émargement de l'atelier " + sequenceNumber + " est déjà saisie");
        }
        expected = enrolled.stream().map(ExpectedParticipant::new).collect(Collectors.toSet());
        status = WorkshopStatus.SHEET_OPEN;
    }

    Set<Long> expectedParticipants() {
        return expected.stream().map(ExpectedParticipant::enrolmentId).collect(Collectors.toSet());
    }

    /** The sheet is recorded and gives a presence for every participant it was about. */
    public boolean isSheetComplete() {
        return status == WorkshopStatus.ATTENDANCE_RECORDED && attendance.stream().map(Attendance::enrolmentId)
                .collect(Collectors.toSet()).containsAll(expectedParticipants());
    }

    void recordAttendance(Set<Attendance> sheet, String actor, Instant now) {
        if (status != WorkshopStatus.SHEET_OPEN) {
            throw new StateConflictException("La feuille d'émargement de l'atelier " + sequenceNumber + " n'est pas à saisir (état "
                    + status + ")");
        }
        attendance = new HashSet<>(sheet);
        status = WorkshopStatus.ATTENDANCE_RECORDED;
        attendanceRecordedBy = actor;
        attendanceRecordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOperationId() {
        return operationId;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public LocalDate getWorkshopDate() {
        return workshopDate;
    }

    public WorkshopStatus getStatus() {
        return status;
    }

    public String getAttendanceRecordedBy() {
        return attendanceRecordedBy;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Set<Attendance> getAttendance() {
        return Set.copyOf(attendance);
    }
}
