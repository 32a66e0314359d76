package fr.francetravail.aae.platform;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's business calendars on working days: every date the engine resolves from a text, a user task's due or
 * follow-up date ({@code camunda:dueDate="${aaeTimers.conventionDraftDue().iso()}"}, an ISO date or duration) and
 * every timer (date, duration, each repetition of a cycle), lands on a working day as {@link WorkingTime} says. The
 * engine's own calendars compute the date, then it is moved.
 * <p>
 * A date an expression returns as a {@link Date} is taken by the engine as it is, without a business calendar: the
 * features' calendars that compute such dates (an operation's days) apply {@link WorkingTime} themselves.
 */
@Component
public class WorkingDayCalendarsPlugin extends AbstractProcessEnginePlugin {

    private final WorkingTime workingTime;

    public WorkingDayCalendarsPlugin(WorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar() {
            @Override
            public Date resolveDuedate(String duration, Date startDate) {
                return workingTime.onOrAfter(super.resolveDuedate(duration, startDate));
            }
        });
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar() {
            @Override
            public Date resolveDuedate(String dueDate, Date startDate) {
                return workingTime.onOrAfter(super.resolveDuedate(dueDate, startDate));
            }
        });
        // the engine casts this one to CycleBusinessCalendar when it repeats a cycle
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar() {
            @Override
            public Date resolveDuedate(String cycle, Date startDate, long repeatOffset) {
                return workingTime.onOrAfter(super.resolveDuedate(cycle, startDate, repeatOffset));
            }
        });
        configuration.setBusinessCalendarManager(calendars);
    }
}
