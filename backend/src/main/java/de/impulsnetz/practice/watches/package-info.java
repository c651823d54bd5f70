/**
 * Watching a Praxisbeispiel, a topic or a channel, and the mails that tell watchers about
 * new cases and answers, with their one-click unsubscribe.
 */
package de.impulsnetz.practice.watches;
