/**
 * The "Reihe beobachten" button and the unsubscribe page a series mail links to.
 */
package de.impulsnetz.talk.watches.web;
