package io.smsdocs.core.render;

import java.io.IOException;
import java.io.Writer;

/** Collects template output and stops a runaway template (an endless loop) at a size limit. */
final class BoundedWriter extends Writer {

    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("the template produced more than " + limit + " characters");
        }
    }

    // A builder, not a StringWriter: FreeMarker writes strings, which Writer would copy into a char array first and
    // StringWriter append to a synchronized buffer.
    private final StringBuilder buffer = new StringBuilder();
    private final long limit;
    private long written;

    BoundedWriter(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        count(length);
        buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        count(length);
        buffer.append(text, offset, offset + length);
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        buffer.append((char) c);
    }

    private void count(int length) throws LimitExceeded {
        written += length;
        if (written > limit) {
            throw new LimitExceeded(limit);
        }
    }

    /** What was written so far, not copied. */
    StringBuilder text() {
        return buffer;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
