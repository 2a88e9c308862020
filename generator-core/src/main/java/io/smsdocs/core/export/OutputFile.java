package io.smsdocs.core.export;

/** One generated file, by its path relative to the output folder (forward slashes). */
public record OutputFile(String path, byte[] content) {
}
