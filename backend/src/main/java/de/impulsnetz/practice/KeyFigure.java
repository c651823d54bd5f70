package de.impulsnetz.practice;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A result in figures, with the date it was true on: "12.400 Follower auf Instagram
 * (Stand 1. März 2025)".
 */
public record KeyFigure(String value, String label, @Nullable LocalDate asOf) {

}
