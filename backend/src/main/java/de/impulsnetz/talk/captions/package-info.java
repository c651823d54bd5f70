/**
 * Captions (WebVTT per language, SRT converted), chapters, slides and the transcript made
 * from the captions: what makes a talk's recording accessible and findable.
 */
package de.impulsnetz.talk.captions;
