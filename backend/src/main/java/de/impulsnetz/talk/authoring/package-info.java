/**
 * Writing series and talks in the app: saves that never overwrite someone else's newer
 * text, the states angekündigt → stattgefunden → veröffentlicht, speaker consent and
 * publishing once nothing is missing.
 */
package de.impulsnetz.talk.authoring;
