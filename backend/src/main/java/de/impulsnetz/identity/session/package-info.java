/**
 * Sessions: stored in MongoDB
 * ({@link de.impulsnetz.identity.session.MongoWebSessionStore}), with the login's rights
 * checked against Keycloak at a rhythm
 * ({@link de.impulsnetz.identity.session.KeycloakCheckedSecurityContexts}) and ended when
 * Keycloak says so (back-channel logout).
 */
package de.impulsnetz.identity.session;
