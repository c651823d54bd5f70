/**
 * Questions to the authors of a Praxisbeispiel and their answers, with the limits that
 * keep them short and slow, and the moderation that hides them.
 */
package de.impulsnetz.practice.comments;
