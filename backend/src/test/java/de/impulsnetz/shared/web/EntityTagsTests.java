package de.impulsnetz.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTagsTests {

	private static String calendar(String stamp, String summary) {
		return "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTAMP:" + stamp + "\r\nSUMMARY:" + summary
				+ "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
	}

	@Test
	void aCalendarWrittenAgainASecondLaterKeepsItsTagAChangedOneDoesNot() {
		String first = EntityTags.personalCalendar(calendar("20261127T230000Z", "Lokale Influencer"))
			.getHeaders()
			.getETag();
		String later = EntityTags.personalCalendar(calendar("20261127T230001Z", "Lokale Influencer"))
			.getHeaders()
			.getETag();
		String changed = EntityTags.personalCalendar(calendar("20261127T230001Z", "Bewerbungsvideos"))
			.getHeaders()
			.getETag();
		assertThat(first).startsWith("W/\"").isEqualTo(later).isNotEqualTo(changed);
	}

	@Test
	void theSameBytesGiveTheSameStrongTag() {
		assertThat(EntityTags.of(new byte[] { 1, 2 })).isEqualTo(EntityTags.of(new byte[] { 1, 2 }))
			.isNotEqualTo(EntityTags.of(new byte[] { 2, 1 }))
			.matches("\"[A-Za-z0-9_-]{22}\"");
	}

}
