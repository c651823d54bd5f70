package de.impulsnetz.municipality;

/**
 * A municipality was created or its data changed (in the app or by a content import); its
 * Keycloak organization follows.
 */
public record MunicipalityChanged(Municipality municipality) {

}
