package io.smsdocs.core.chart;

import io.smsdocs.core.programme.CapabilityProfile;
import io.smsdocs.core.programme.ProcessCapability;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityChartTest {

    private final CapabilityProfile profile = ChartSamples.plan().capability();

    @Test
    void pngDecodesWithTheExpectedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CapabilityChart.png(profile)));
        assertThat(image.getWidth()).isEqualTo(CapabilityChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(CapabilityChart.HEIGHT);
    }

    @Test
    void pngIsByteIdenticalAcrossRuns() {
        assertThat(CapabilityChart.png(profile)).isEqualTo(CapabilityChart.png(ChartSamples.plan().capability()));
        assertThat(PngChunks.names(CapabilityChart.png(profile))).containsOnly("IHDR", "IDAT", "IEND");
    }

    @Test
    void svgIsWellFormedWithLevelNamesAxisTitlesAndEveryProcess() throws Exception {
        String svg = CapabilityChart.svg(profile);
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getTextContent();
        assertThat(text).contains("0 Incomplete", "3 Established", "5 Innovating", "Capability level", "Process",
                "Current level", "Target level");
        for (ProcessCapability process : profile.processes()) {
            assertThat(text).contains(process.processName());
        }
        assertThat(svg).isEqualTo(CapabilityChart.svg(ChartSamples.plan().capability()));
    }

    @Test
    void anEmptyProfileStillRenders() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CapabilityChart.png(CapabilityProfile.EMPTY)));
        assertThat(image.getWidth()).isEqualTo(CapabilityChart.WIDTH);
        assertThat(CapabilityChart.svg(CapabilityProfile.EMPTY)).contains("No process has been assessed.");
    }

    @Test
    void bothChartsShareOnePalette() {
        assertThat(ChartPalette.CURRENT).isEqualTo(ChartPalette.PHASE_1);
        assertThat(ChartPalette.TARGET).isEqualTo(ChartPalette.PHASE_2);
    }
}
