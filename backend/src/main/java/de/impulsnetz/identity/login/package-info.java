/**
 * The login with Keycloak: the page's language on the way there and back, a fresh
 * password where a change asks for one, the return to the page it started from, and
 * whether Keycloak can be reached at all.
 */
package de.impulsnetz.identity.login;
