package io.smsdocs.core.standard;

/** One clause or sub-clause of an edition: number and our own short title. */
public record Clause(String number, String title, boolean documentedInformation) {
}
