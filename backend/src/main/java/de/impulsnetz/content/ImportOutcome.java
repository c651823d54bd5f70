package de.impulsnetz.content;

/**
 * What importing one content file did to its document.
 */
public enum ImportOutcome {

	/** No document had the slug: it was created. */
	CREATED,

	/** The file changed and nobody had edited the document in the app: it was updated. */
	UPDATED,

	/** The file is the same as at the last import. */
	UNCHANGED,

	/**
	 * The file changed, but the document was edited in the app since: the app's edit
	 * wins.
	 */
	KEPT_APP_EDITS

}
