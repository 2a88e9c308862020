package io.smsdocs.core.descriptor.model;

/**
 * The organisation operating the SMS. address, logo and sector may be null. providerType is "in-house" (it
 * serves its own organisation), "external" (it serves other organisations under contracts) or "both": the
 * descriptor's, or when providerTypeDerived, the one its customers' types give (null when it has none, an open
 * decision).
 */
public record Organization(String name, String shortName, String address, String logo, String providerType,
                           boolean providerTypeDerived, String sector) {

    public Organization(String name, String shortName, String address, String logo) {
        this(name, shortName, address, logo, null, true, null);
    }

    public boolean inHouse() {
        return "in-house".equals(providerType);
    }
}
