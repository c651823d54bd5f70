package de.impulsnetz.municipality;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Something another feature shows on a municipality's page, e.g. a Praxisbeispiel it
 * wrote or an event it organises.
 *
 * @param section message key of the section heading the entry belongs to
 * @param href same-origin link to the entry, or {@code null} for plain text
 */
public record ProfileEntry(String section, String title, @Nullable String href, @Nullable LocalDate date) {

}
