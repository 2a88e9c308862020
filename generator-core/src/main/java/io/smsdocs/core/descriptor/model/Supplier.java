package io.smsdocs.core.descriptor.model;

/** An external or internal supplier. manager is a role id; provides and contractRef may be null. */
public record Supplier(String id, String name, String type, String provides, String contractRef, String manager) {
}
