/**
 * Inviting people into a municipality: Keycloak's organization invitations, with the
 * municipality's organization kept in step and a daily limit per inviter.
 */
package de.impulsnetz.identity.invitation;
