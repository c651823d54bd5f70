/**
 * Cross-cutting configuration of the application as a whole, such as how domain events
 * reach their listeners.
 */
package de.impulsnetz.system;
