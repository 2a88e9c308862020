package io.smsdocs.core.descriptor.model;

/**
 * A standard request users can raise for a service (services[].requests): what is requested, and its type,
 * "standard" (pre-approved) or "access" (grants or removes access rights), which sets who may raise it, its
 * approval and its fulfilment target.
 */
public record ServiceRequest(String name, String type) {
}
