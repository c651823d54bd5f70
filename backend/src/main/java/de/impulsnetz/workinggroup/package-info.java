/**
 * Arbeitsgruppen: inter-municipal working groups with their member municipalities and
 * people, the coordinators among them, and what they do together. The root holds the
 * group and who may do what ({@link de.impulsnetz.workinggroup.GroupRights});
 * {@code membership} holds invitations and requests to join, {@code meetings} the
 * AG-Treffen (events of the barcamp module) with agenda and minutes, {@code actions} the
 * Maßnahmen agreed at them.
 */
@ApplicationModule(allowedDependencies = { "shared", "content", "identity", "municipality", "municipality :: channel",
		"barcamp", "search", "practice", "practice :: authoring", "distribution", "distribution :: fragment", "media",
		"mail" })
package de.impulsnetz.workinggroup;

import org.springframework.modulith.ApplicationModule;
