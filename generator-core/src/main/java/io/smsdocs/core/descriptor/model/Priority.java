package io.smsdocs.core.descriptor.model;

/** One level of the incident priority scheme. */
public record Priority(String id, String name, String description, String response, String resolution) {
}
