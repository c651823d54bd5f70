package de.impulsnetz.practice.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.impulsnetz.municipality.Municipality;
import de.impulsnetz.practice.Practice;
import de.impulsnetz.shared.Berlin;

/**
 * A Praxisbeispiel in a list: what a reader needs to decide whether to open it.
 */
record PracticeCard(String slug, String title, String teaser, List<MunicipalityRef> municipalities, List<String> topics,
		LocalDate publishedOn) {

	static PracticeCard of(Practice practice, Map<String, Municipality> municipalities) {
		return new PracticeCard(practice.slug(), practice.title(), practice.teaser(),
				MunicipalityRef.of(practice.content().municipalities(), municipalities), practice.content().topics(),
				Berlin.local(practice.publishedAt()).toLocalDate());
	}

}
