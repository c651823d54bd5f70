/**
 * Working groups, their meetings and Maßnahmen as JSON, with the rules of the pages:
 * reading the public part is for everyone, the rest for the people in the group; refusals
 * are German problem details (RFC 9457).
 */
package de.impulsnetz.workinggroup.api;
