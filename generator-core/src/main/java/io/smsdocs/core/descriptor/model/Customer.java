package io.smsdocs.core.descriptor.model;

/** A customer of the services; contact may be null. type is external or internal. */
public record Customer(String id, String name, String type, String contact) {
}
