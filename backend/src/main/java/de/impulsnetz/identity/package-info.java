/**
 * One login across municipalities: OIDC login with Keycloak, roles, the current member,
 * the member's account (export, deletion), sessions in MongoDB, and Keycloak provisioning
 * ({@code identity.keycloak}).
 */
@ApplicationModule(allowedDependencies = { "shared", "municipality", "municipality :: channel" })
package de.impulsnetz.identity;

import org.springframework.modulith.ApplicationModule;
