package de.impulsnetz.municipality;

/**
 * What kind of public body or institution a member organisation is.
 */
public enum MunicipalityKind {

	KREIS, STADT, GEMEINDE, JOBCENTER, SOZIALE_EINRICHTUNG, REGIONALAGENTUR

}
