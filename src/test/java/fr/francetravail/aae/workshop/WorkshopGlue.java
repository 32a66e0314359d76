package fr.francetravail.aae.workshop;

import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the workshop series' real process glue, on a (mocked) service and calendar, for process tests. */
public final class WorkshopGlue {

    private WorkshopGlue() {
    }

    public static void register(WorkshopService workshops, WorkshopCalendar calendar) {
        Mocks.register("scheduleWorkshopsDelegate", new ScheduleWorkshopsDelegate(workshops));
        Mocks.register("remindParticipantsDelegate", new RemindParticipantsDelegate(workshops));
        Mocks.register("attendanceSheetOpenedListener", new AttendanceSheetOpenedListener(workshops));
        Mocks.register("attendanceRecordedListener", new AttendanceRecordedListener(workshops));
        Mocks.register("remindAttendanceDelegate", new RemindAttendanceDelegate(workshops));
        Mocks.register("completeWorkshopsDelegate", new CompleteWorkshopsDelegate(workshops));
        Mocks.register("workshopCalendar", calendar);
    }
}
