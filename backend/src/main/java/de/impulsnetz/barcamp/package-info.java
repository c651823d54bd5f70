/**
 * Veranstaltungen: barcamps, Runde Tische, AG-Treffen and Impuls-Termine. The root holds
 * the event with its rooms, time grid and windows, the session proposal that every
 * sub-domain hangs on, and who may do what; {@code registration}, {@code proposal} (with
 * voting), {@code plan}, {@code export}, {@code notes} and {@code personal} hold the
 * rest. It checks the Impuls-Termin a talk names for registration (the talk module's
 * {@code EventCheck}) and lists the talks of an event and those related to a session.
 */
@ApplicationModule(allowedDependencies = { "shared", "content", "identity", "mail", "municipality", "practice",
		"practice :: authoring", "search", "talk", "talk :: discovery" })
package de.impulsnetz.barcamp;

import org.springframework.modulith.ApplicationModule;
