package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.math.BigInteger;

/**
 * The two list definitions of the package: bullets and decimal numbering, three levels each. Each
 * document then adds numbering instances that point to them (see {@link ListNumbers}).
 */
final class DocxNumbering {

    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25E6"};

    static final int LEVELS = 3;

    private DocxNumbering() {
    }

    /** Adds both definitions; returns their abstractNumIds: bullets first, then ordered. */
    static BigInteger[] addDefinitions(XWPFDocument document) {
        XWPFNumbering numbering = document.createNumbering();
        BigInteger bullets = add(numbering, false);
        BigInteger ordered = add(numbering, true);
        return new BigInteger[] {bullets, ordered};
    }

    /** Left indent of a list paragraph at this level, in twips. */
    static int indent(int level) {
        return 360 * (level + 1) + 57;
    }

    private static BigInteger add(XWPFNumbering numbering, boolean ordered) {
        long max = -1;
        for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
            max = Math.max(max, existing.getAbstractNum().getAbstractNumId().longValue());
        }
        BigInteger id = BigInteger.valueOf(max + 1);
        // Here, not in a static field: the writers call indent() on every list, and a static field of an XMLBeans type would
        // load XMLBeans' whole type system with this class even where the built-in package template is prebuilt.
        STNumberFormat.Enum[] orderedFormats = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER, STNumberFormat.LOWER_ROMAN};
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(id);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(orderedFormats[level]);
                lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[level]);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(indent(level)));
            indent.setHanging(BigInteger.valueOf(357));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }
}
