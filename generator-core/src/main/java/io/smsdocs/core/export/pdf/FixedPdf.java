package io.smsdocs.core.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Saves a PDF so that the same content gives the same bytes: the dates are the document's effective date (none for
 * a draft, as its DOCX has none of its own either) instead of the moment LibreOffice wrote it, and the file
 * identifier, which LibreOffice draws at random, is derived from what the file is made of.
 */
final class FixedPdf {

    private FixedPdf() {
    }

    /**
     * @param date the creation and modification date, or null for none
     * @param seed what the file is made of (its source and marking): the same seed gives the same identifier
     */
    static byte[] save(PDDocument pdf, LocalDate date, byte[]... seed) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        if (date == null) {
            info.getCOSObject().removeItem(COSName.CREATION_DATE);
            info.getCOSObject().removeItem(COSName.MOD_DATE);
        } else {
            Calendar midnight = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            midnight.clear();
            midnight.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            info.setCreationDate(midnight);
            info.setModificationDate(midnight);
        }
        COSString id = new COSString(Arrays.copyOf(sha256(seed), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        try {
            // Saved once without object streams, the objects are numbered in the order they are reached from the
            // trailer; a compressed save would keep LibreOffice's numbers, which follow the order it happened to
            // write the links in. Reloaded and saved compressed, the file is small and the same every time.
            ByteArrayOutputStream plain = new ByteArrayOutputStream(512 * 1024);
            pdf.save(plain, CompressParameters.NO_COMPRESSION);
            try (PDDocument renumbered = Loader.loadPDF(plain.toByteArray())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(plain.size());
                renumbered.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
