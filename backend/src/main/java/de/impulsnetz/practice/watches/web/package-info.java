/**
 * The watch buttons and the unsubscribe page a watch mail links to.
 */
package de.impulsnetz.practice.watches.web;
