package io.smsdocs.core.descriptor.model;

/** The organisation operating the SMS. address and logo may be null. */
public record Organization(String name, String shortName, String address, String logo) {
}
