/**
 * Watching a talk series, and the mails that tell watchers when a summary or a recording
 * of it is published, with their one-click unsubscribe.
 */
package de.impulsnetz.talk.watches;
