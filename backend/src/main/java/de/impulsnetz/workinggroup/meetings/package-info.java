/**
 * The meetings of a working group: AG-Treffen of the barcamp module (with its
 * registration), planned from the group one at a time or for the next four quarters, each
 * with an agenda and minutes that several people write, kept apart by a version check.
 */
package de.impulsnetz.workinggroup.meetings;
