/**
 * The Verteiler: a distribution list of a working group. Members write messages to the
 * list, which are archived with their replies and mailed to every person of the list
 * through the outbox, each as often as that person chose (every message, a weekly digest,
 * or none). Which lists there are and who belongs to them is asked from
 * {@link de.impulsnetz.distribution.DistributionLists}, which the groups implement.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "mail" })
package de.impulsnetz.distribution;

import org.springframework.modulith.ApplicationModule;
