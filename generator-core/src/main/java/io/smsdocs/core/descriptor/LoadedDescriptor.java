package io.smsdocs.core.descriptor;

import io.smsdocs.core.descriptor.model.Descriptor;

/** A valid descriptor together with its source tree, for locating later findings. */
public record LoadedDescriptor(Descriptor descriptor, LocatedTree tree) {
}
