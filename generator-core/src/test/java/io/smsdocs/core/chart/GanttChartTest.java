package io.smsdocs.core.chart;

import io.smsdocs.core.standard.Stage;
import io.smsdocs.core.programme.ImplementationPlan;
import io.smsdocs.core.programme.ScheduledActivity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class GanttChartTest {

    private final ImplementationPlan plan = ChartSamples.plan();

    @Test
    void pngDecodesAtTheDocumentWidth() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(GanttChart.png(plan)));
        assertThat(image.getWidth()).isEqualTo(GanttChart.WIDTH);
        // Title, subtitle, one row per activity and milestone, axis and legend.
        int rows = plan.scheduled().size() + plan.milestones().size();
        assertThat(image.getHeight()).isBetween(130 + rows * 40 + 130, 130 + rows * 40 + 300);
    }

    @Test
    void pngIsByteIdenticalAcrossRuns() {
        assertThat(GanttChart.png(ChartSamples.plan())).isEqualTo(GanttChart.png(ChartSamples.plan()));
    }

    @Test
    void pngCarriesNoMetadataChunks() {
        assertThat(PngChunks.names(GanttChart.png(plan))).containsOnly("IHDR", "IDAT", "IEND");
    }

    @Test
    void svgIsWellFormedAndNamesEveryScheduledActivity() throws Exception {
        String svg = GanttChart.svg(plan);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(GanttChart.WIDTH));
        String text = document.getDocumentElement().getTextContent();
        for (ScheduledActivity activity : plan.scheduled()) {
            assertThat(text).contains(activity.id());
        }
        assertThat(text).contains("Stage 1 audit", "Calendar month", "Phase 2: extend and integrate");
    }

    @Test
    void aStatusDateWithinThePlanIsALineLabelledInTheSetsLanguageAndOneOutsideIsNone() {
        java.time.LocalDate within = plan.start().plusDays(30);
        String plain = GanttChart.svg(plan);
        String marked = GanttChart.svg(plan, java.util.Map.of("chart.statusDate", "Stichtag {0}", "dateFormat", "dd.MM.yyyy"), within);
        assertThat(GanttChart.shows(plan, within)).isTrue();
        assertThat(marked).contains(">Stichtag " + within.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "</text>");
        // Everything else is the documents' chart: one more line and its label.
        assertThat(marked.lines().count()).isEqualTo(plain.lines().count() + 2);
        java.time.LocalDate after = plan.end().plusYears(2);
        assertThat(GanttChart.shows(plan, after)).isFalse();
        assertThat(GanttChart.svg(plan, java.util.Map.of(), after)).isEqualTo(plain);
    }

    @Test
    void svgTextIsDeterministic() {
        assertThat(GanttChart.svg(ChartSamples.plan())).isEqualTo(GanttChart.svg(ChartSamples.plan()));
    }

    @Test
    void smallestTextIsAtLeast22Pixels() {
        String svg = GanttChart.svg(plan);
        java.util.regex.Matcher sizes = java.util.regex.Pattern.compile("font-size=\"([0-9.]+)\"").matcher(svg);
        while (sizes.find()) {
            assertThat(Double.parseDouble(sizes.group(1))).isGreaterThanOrEqualTo(22);
        }
    }
}
