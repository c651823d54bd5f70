/**
 * Talks being found and followed: their search documents (with a transcript hit's
 * second), the related Praxisbeispiele and barcamp sessions of a talk page and the cases
 * inspired by it, and the other way round the talks a case page, a session page or an
 * Impuls-Termin shows.
 */
// A named interface because practice and barcamp show talks on their pages through it.
@NamedInterface("discovery")
package de.impulsnetz.talk.discovery;

import org.springframework.modulith.NamedInterface;
