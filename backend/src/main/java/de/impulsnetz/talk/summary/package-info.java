/**
 * The summary organisers write after a talk: Markdown kept in versions, compared word by
 * word, published when they say so.
 */
package de.impulsnetz.talk.summary;
