package de.impulsnetz.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who runs this installation: named in the Impressum, and the contact for privacy
 * questions and accessibility feedback. Set per deployment
 * ({@code IMPULSNETZ_OPERATOR_*}).
 */
@ConfigurationProperties("impulsnetz.operator")
record Operator(String name, String street, String city, String email, String representative) {

}
