/**
 * The proposal board of an event: proposing, editing and withdrawing sessions, and
 * voting.
 */
package de.impulsnetz.barcamp.proposal.web;
