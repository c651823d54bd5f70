/**
 * Maßnahmen: what a working group agreed at a meeting, who is responsible (a member
 * municipality or a person in the group), until when, and whether it is done.
 */
package de.impulsnetz.workinggroup.actions;
