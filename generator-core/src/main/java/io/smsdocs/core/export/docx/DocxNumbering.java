package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.math.BigInteger;

/**
 * Real Word numbering for lists: one bullet definition shared by all bullet lists, and one decimal
 * definition with a fresh numbering instance per ordered list, so each list starts again at 1.
 */
final class DocxNumbering {

    private static final String[] BULLETS = {"\u2022", "\u2013", "\u25E6"};
    private static final STNumberFormat.Enum[] ORDERED_FORMATS = {STNumberFormat.DECIMAL, STNumberFormat.LOWER_LETTER,
            STNumberFormat.LOWER_ROMAN};

    private final XWPFNumbering numbering;
    private BigInteger bulletAbstract;
    private BigInteger orderedAbstract;
    private BigInteger bulletNum;

    DocxNumbering(XWPFDocument document) {
        this.numbering = document.createNumbering();
    }

    BigInteger bullets() {
        if (bulletNum == null) {
            bulletAbstract = addAbstract(false);
            bulletNum = numbering.addNum(bulletAbstract);
        }
        return bulletNum;
    }

    BigInteger newOrderedList() {
        if (orderedAbstract == null) {
            orderedAbstract = addAbstract(true);
        }
        BigInteger numId = numbering.addNum(orderedAbstract);
        CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return numId;
    }

    private BigInteger addAbstract(boolean ordered) {
        BigInteger id = BigInteger.valueOf(nextAbstractId());
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(id);
        for (int level = 0; level < 3; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(ORDERED_FORMATS[level]);
                lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLETS[level]);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(360L * (level + 1) + 57));
            indent.setHanging(BigInteger.valueOf(357));
        }
        return numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
    }

    private long nextAbstractId() {
        long max = -1;
        for (XWPFAbstractNum existing : numbering.getAbstractNums()) {
            max = Math.max(max, existing.getAbstractNum().getAbstractNumId().longValue());
        }
        return max + 1;
    }
}
