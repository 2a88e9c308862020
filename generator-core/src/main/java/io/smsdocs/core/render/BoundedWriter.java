package io.smsdocs.core.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** Collects template output and stops a runaway template (an endless loop) at a size limit. */
final class BoundedWriter extends Writer {

    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("the template produced more than " + limit + " characters");
        }
    }

    private final StringWriter buffer = new StringWriter();
    private final long limit;
    private long written;

    BoundedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > limit) {
            throw new LimitExceeded(limit);
        }
        buffer.write(chars, offset, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return buffer.toString();
    }
}
