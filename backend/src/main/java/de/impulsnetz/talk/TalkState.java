package de.impulsnetz.talk;

/**
 * Where a talk stands: angekündigt → stattgefunden → veröffentlicht (its recording and
 * material are out for readers).
 */
public enum TalkState {

	ANNOUNCED, HELD, PUBLISHED

}
