/**
 * What a series offers to follow it elsewhere: the iCalendar of its announced talks and
 * the Atom feed of its published summaries and recordings.
 */
package de.impulsnetz.talk.feeds;
