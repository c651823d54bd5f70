/**
 * Writing a Praxisbeispiel and getting it published: drafts, the review workflow (submit,
 * publish, send back), revisions with their differences, and refused saves when two
 * people edit at once. A named interface, since barcamp turns session notes into drafts
 * here.
 */
@NamedInterface("authoring")
package de.impulsnetz.practice.authoring;

import org.springframework.modulith.NamedInterface;
