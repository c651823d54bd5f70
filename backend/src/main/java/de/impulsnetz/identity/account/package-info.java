/**
 * The member's account: export and erasure of her data across modules, her colleagues on
 * the municipality's page, and who may keep a municipality's channels.
 */
package de.impulsnetz.identity.account;
