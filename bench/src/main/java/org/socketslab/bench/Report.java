package org.socketslab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the table three ways: CSV for tools and for the docs page (which renders it as a table),
 * Markdown for a pull request, AsciiDoc for pasting; the ratios and the machine as plain text.
 */
final class Report {
    private static final String[] HEADER = {"scenario", "server", "connections", "held", "message bytes",
        "round trips/s", "MB/s", "p50 µs", "p99 µs", "max µs", "server MB", "server threads", "note"};

    private Report() {
    }

    private static List<String> cells(Row row) {
        Result r = row.result();
        String mb = Double.isNaN(row.bytesPerSecond()) ? "" : String.format(Locale.ROOT, "%.1f", row.bytesPerSecond() / 1e6);
        if (r == null) {
            return List.of(row.scenario(), row.server(), "", "", "", "", mb, "", "", "", "", "", row.note());
        }
        return List.of(row.scenario(), row.server(), Integer.toString(r.connectionsRequested()),
                Integer.toString(r.connectionsHeld()), Integer.toString(r.messageBytes()),
                String.format(Locale.ROOT, "%.0f", r.roundTripsPerSecond()), mb,
                Long.toString(r.p50Micros()), Long.toString(r.p99Micros()), Long.toString(r.maxMicros()),
                row.serverMegabytes() < 0 ? "" : Long.toString(row.serverMegabytes()),
                row.serverThreads() < 0 ? "" : Long.toString(row.serverThreads()), row.note());
    }

    static void write(Path dir, List<Row> rows, List<String> machine, List<String> ratios) throws IOException {
        Files.createDirectories(dir);
        List<String> csv = new ArrayList<>();
        csv.add(String.join(",", HEADER));
        for (Row row : rows) {
            csv.add(String.join(",", cells(row).stream().map(Report::csvCell).toList()));
        }
        Files.write(dir.resolve("results.csv"), csv);

        List<String> md = new ArrayList<>();
        md.add("| " + String.join(" | ", HEADER) + " |");
        md.add("|" + "---|".repeat(HEADER.length));
        for (Row row : rows) {
            md.add("| " + String.join(" | ", cells(row).stream().map(c -> c.replace("|", "\\|")).toList()) + " |");
        }
        md.add("");
        ratios.forEach(r -> md.add("- " + r));
        md.add("");
        machine.forEach(m -> md.add("    " + m));
        Files.write(dir.resolve("results.md"), md);

        List<String> adoc = new ArrayList<>();
        adoc.add("[%header,cols=\"3,3,2,2,2,2,2,2,2,2,2,2,4\"]");
        adoc.add("|===");
        adoc.add("|" + String.join(" |", HEADER));
        for (Row row : rows) {
            adoc.add("|" + String.join(" |", cells(row).stream().map(c -> c.replace("|", "\\|")).toList()));
        }
        adoc.add("|===");
        Files.write(dir.resolve("results-table.adoc"), adoc);
        Files.write(dir.resolve("ratios.txt"), ratios);
        Files.write(dir.resolve("machine.txt"), machine);
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
