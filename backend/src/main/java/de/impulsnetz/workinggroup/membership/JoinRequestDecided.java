package de.impulsnetz.workinggroup.membership;

import de.impulsnetz.workinggroup.JoinRequest;

/**
 * A coordinator answered a request to join; published once per answer, only by the
 * coordinator whose answer was stored (two answering at once publish one).
 *
 * @param group slug of the working group
 * @param title the group's title
 * @param accepted the person is in the group now; {@code false}: declined
 */
public record JoinRequestDecided(String group, String title, JoinRequest request, boolean accepted) {

}
