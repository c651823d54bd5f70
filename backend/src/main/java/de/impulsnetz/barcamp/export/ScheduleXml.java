package de.impulsnetz.barcamp.export;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import de.impulsnetz.barcamp.Room;
import de.impulsnetz.barcamp.plan.Schedule;
import de.impulsnetz.barcamp.plan.Schedule.Day;
import de.impulsnetz.barcamp.plan.Schedule.Entry;
import de.impulsnetz.shared.Berlin;

/**
 * The plan as C3VOC/frab {@code schedule.xml}, the format conference apps (Giggity,
 * ConfClerk, EventFahrplan) and recording tools read.
 */
final class ScheduleXml {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private ScheduleXml() {
	}

	static String of(Schedule schedule, String baseUrl) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("schedule");
			xml.writeEmptyElement("generator");
			xml.writeAttribute("name", "Impulsnetz");
			element(xml, "url", baseUrl + "/veranstaltungen/" + schedule.event().slug() + "/schedule.xml");
			element(xml, "version", String.valueOf(schedule.version()));
			xml.writeStartElement("conference");
			element(xml, "acronym", schedule.acronym());
			element(xml, "title", schedule.event().title());
			element(xml, "start", Berlin.iso(schedule.event().startsAt()));
			element(xml, "end", Berlin.iso(schedule.event().endsAt()));
			element(xml, "days", String.valueOf(schedule.days().size()));
			element(xml, "timeslot_duration", ScheduleJson.timeslot(schedule));
			element(xml, "base_url", baseUrl + "/");
			element(xml, "url", baseUrl + "/veranstaltungen/" + schedule.event().slug());
			element(xml, "time_zone_name", Berlin.ZONE.getId());
			xml.writeEndElement();
			for (Day day : schedule.days()) {
				xml.writeStartElement("day");
				xml.writeAttribute("index", String.valueOf(day.index()));
				xml.writeAttribute("date", day.date().toString());
				xml.writeAttribute("start", Berlin.iso(day.start()));
				xml.writeAttribute("end", Berlin.iso(day.end()));
				for (Room room : schedule.event().rooms()) {
					xml.writeStartElement("room");
					xml.writeAttribute("name", room.name());
					for (Entry entry : schedule.on(day)) {
						if (entry.room().equals(room.name())) {
							event(xml, schedule, entry, baseUrl);
						}
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write schedule.xml", ex);
		}
	}

	private static void event(XMLStreamWriter xml, Schedule schedule, Entry entry, String baseUrl)
			throws XMLStreamException {
		xml.writeStartElement("event");
		xml.writeAttribute("id", String.valueOf(entry.number()));
		xml.writeAttribute("guid", entry.guid().toString());
		element(xml, "date", Berlin.iso(entry.start()));
		element(xml, "start", HOURS_MINUTES.format(Berlin.local(entry.start())));
		element(xml, "duration", ScheduleJson.hoursMinutes(entry.duration()));
		element(xml, "room", entry.room());
		element(xml, "slug", schedule.slugOf(entry));
		element(xml, "url", ScheduleJson.url(schedule, entry, baseUrl));
		element(xml, "title", entry.proposal().title());
		element(xml, "subtitle", "");
		element(xml, "track", ScheduleJson.track(entry));
		element(xml, "type", ScheduleJson.type(entry));
		element(xml, "language", "de");
		element(xml, "abstract", entry.proposal().description());
		element(xml, "description", "");
		xml.writeStartElement("recording");
		element(xml, "license", "");
		element(xml, "optout", String.valueOf(!entry.proposal().recordingAllowed()));
		xml.writeEndElement();
		xml.writeStartElement("persons");
		xml.writeStartElement("person");
		xml.writeAttribute("guid", ScheduleJson.personGuid(entry).toString());
		xml.writeCharacters(entry.proposal().proposer());
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEmptyElement("links");
		xml.writeEmptyElement("attachments");
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
