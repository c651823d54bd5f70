/**
 * Who is in a working group: coordinators invite municipalities and people, members of a
 * member municipality ask to join and coordinators accept or decline, people leave.
 */
package de.impulsnetz.workinggroup.membership;
