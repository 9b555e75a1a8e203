package org.socketslab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Two horizontal bar charts in one hand-written SVG (no plotting library): round trips/s and MB/s. */
final class Chart {
    private static final int WIDTH = 760;
    private static final int LABEL = 230;
    private static final int BAR = 22;

    private Chart() {
    }

    static void write(Path file, List<Row> rows, String smallMessages, String bulk) throws IOException {
        StringBuilder svg = new StringBuilder();
        int[] y = {10};
        panel(svg, y, rows, smallMessages, "round trips per second, " + smallMessages + " connections",
                r -> r.result() == null ? Double.NaN : r.result().roundTripsPerSecond(), "%,.0f");
        panel(svg, y, rows, bulk, "MB per second of echo, " + bulk + " connections",
                r -> r.bytesPerSecond() / 1e6, "%,.0f MB/s");
        String head = String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"13\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH, y[0] + 10);
        Files.writeString(file, head + svg + "</svg>\n");
    }

    private static void panel(StringBuilder svg, int[] y, List<Row> rows, String scenario, String title,
                              ToDoubleFunction<Row> value, String format) {
        List<Row> mine = rows.stream().filter(r -> r.scenario().equals(scenario) && !Double.isNaN(value.applyAsDouble(r)))
                .toList();
        double max = mine.stream().mapToDouble(value).max().orElse(1);
        svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", y[0] + 14,
                escape(title)));
        y[0] += 24;
        int room = WIDTH - LABEL - 110;
        for (Row r : mine) {
            double v = value.applyAsDouble(r);
            int w = (int) Math.max(1, Math.round(v / max * room));
            String color = r.server().equals(Comparison.SELECTOR) ? "#d9534f" : r.server().equals(Comparison.TUNED) ? "#f0ad4e" : r.server().startsWith("iperf3") ? "#999999" : "#4a7ab5";
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LABEL - 8,
                    y[0] + 16, escape(r.server())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                    LABEL, y[0] + 2, w, BAR - 4, color));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL + w + 6, y[0] + 16,
                    escape(String.format(Locale.ROOT, format, v))));
            y[0] += BAR;
        }
        y[0] += 14;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
