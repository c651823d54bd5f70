package de.impulsnetz.practice;

/**
 * Where a write-up stands in its review workflow (Entwurf → Eingereicht →
 * Veröffentlicht).
 */
public enum PracticeStatus {

	DRAFT, SUBMITTED, PUBLISHED

}
