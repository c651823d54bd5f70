/**
 * Writing a Praxisbeispiel and getting it published: drafts, the review workflow,
 * revisions and their differences, and refused saves when two people edit at once.
 */
// A named interface because barcamp turns session notes into drafts through it.
@NamedInterface("authoring")
package de.impulsnetz.practice.authoring;

import org.springframework.modulith.NamedInterface;
