package de.impulsnetz.workinggroup.meetings;

import de.impulsnetz.barcamp.Event;

/**
 * A group's meeting with its event (date, place, registration).
 */
public record ScheduledMeeting(Meeting meeting, Event event) {

}
