/**
 * Proposing sessions for an event and voting on them: the session proposal with its
 * content, format and status, the proposals service, votes and the points budget per
 * member (one vote per member and proposal, by a unique index).
 */
package de.impulsnetz.barcamp.proposal;
