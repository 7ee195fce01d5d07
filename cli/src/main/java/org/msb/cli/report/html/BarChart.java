package org.msb.cli.report.html;

import org.msb.cli.report.Tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of scores as inline SVG geometry: the template draws it, this class only places
 * the bars. A bar with no score (nothing scored) is drawn empty and labelled "n/a", never as a pass.
 */
public record BarChart(String title, int width, int height, int barX, int barMax, List<Bar> bars) {
    static final int LABEL_WIDTH = 230, BAR_MAX = 320, ROW = 28, TOP = 8;

    public record Bar(String label, String percent, int y, int textY, int barWidth, int valueX, String cssClass, String tooltip) {}

    static BarChart of(String title, List<String> labels, List<Tally> tallies) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Tally t = tallies.get(i);
            Double s = t.score();
            int w = s == null ? 0 : (int) Math.round(s * BAR_MAX);
            int y = TOP + i * ROW;
            bars.add(new Bar(labels.get(i), t.percent(), y, y + 15, w, LABEL_WIDTH + w + 6, HtmlView.scoreClass(s),
                    String.format(Locale.ROOT, "%s: %d compliant, %d non-compliant; beside: %d by exception, %d not applicable, %d insufficient data, %d errors",
                            labels.get(i), t.compliant(), t.nonCompliant(), t.excepted(), t.notApplicable(), t.insufficientData(), t.errors())));
        }
        return new BarChart(title, LABEL_WIDTH + BAR_MAX + 70, TOP * 2 + labels.size() * ROW, LABEL_WIDTH, BAR_MAX, bars);
    }
}
