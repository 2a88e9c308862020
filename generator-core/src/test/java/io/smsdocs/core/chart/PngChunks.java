package io.smsdocs.core.chart;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Lists the chunk types of a PNG file, to check that nothing but image data was written. */
final class PngChunks {

    private PngChunks() {
    }

    static List<String> names(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8); // signature
        List<String> names = new ArrayList<>();
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            names.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4); // data and CRC
        }
        return names;
    }
}
