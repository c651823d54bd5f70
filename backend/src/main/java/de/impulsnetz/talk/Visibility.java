package de.impulsnetz.talk;

/**
 * Who reads a talk: everyone, or members only (then its page, media, captions and feeds
 * refuse anonymous readers on the server).
 */
public enum Visibility {

	PUBLIC, MEMBERS

}
