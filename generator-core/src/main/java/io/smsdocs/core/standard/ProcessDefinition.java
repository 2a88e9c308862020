package io.smsdocs.core.standard;

/** A service management process: its id in descriptors and its clause in each edition. */
public record ProcessDefinition(String id, String name, String clause, String clause2011) {
}
