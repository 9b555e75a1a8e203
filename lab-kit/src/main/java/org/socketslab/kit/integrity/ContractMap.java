package org.socketslab.kit.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One exercise's contract items, each with the caught classic mistakes that break it: the proof
 * that breaking any item fails a graded test. Rendered as the AsciiDoc table the docs include.
 */
final class ContractMap {
    private final Map<ContractItem, List<MistakeVerdict>> breakers = new LinkedHashMap<>();

    ContractMap(List<ContractItem> items) {
        items.forEach(item -> breakers.put(item, new ArrayList<>()));
    }

    /** The items whose text contains {@code fragment}: one, when a mistake quotes well. */
    List<ContractItem> itemsQuoting(String fragment) {
        String wanted = ContractItem.normalize(fragment);
        return breakers.keySet().stream().filter(item -> !wanted.isEmpty() && item.text().contains(wanted))
                .collect(Collectors.toList());
    }

    void add(ContractItem item, MistakeVerdict verdict) {
        if (verdict.counts()) {
            breakers.get(item).add(verdict);
        }
    }

    /** Items that are graded but that no caught mistake breaks. */
    List<ContractItem> unbroken() {
        return breakers.entrySet().stream()
                .filter(e -> e.getValue().isEmpty() && e.getKey().notGradedReason().isEmpty())
                .map(Map.Entry::getKey).collect(Collectors.toList());
    }

    long covered() {
        return breakers.values().stream().filter(v -> !v.isEmpty()).count();
    }

    long notGraded() {
        return breakers.keySet().stream().filter(item -> item.notGradedReason().isPresent()).count();
    }

    /** A table: each item, the mistakes that break it, and the graded test that caught each. */
    String render() {
        StringBuilder out = new StringBuilder("[cols=\"5a,3a,4a\",options=\"header\"]\n|===\n")
                .append("|The contract says |A classic mistake that breaks it |The graded test that catches it\n");
        for (Map.Entry<ContractItem, List<MistakeVerdict>> entry : breakers.entrySet()) {
            out.append("\n|").append(literal(entry.getKey().text())).append('\n');
            List<MistakeVerdict> verdicts = entry.getValue();
            if (verdicts.isEmpty()) {
                String reason = entry.getKey().notGradedReason().orElse("no caught mistake breaks it yet");
                out.append("2+|_Not graded_: ").append(literal(reason)).append('\n');
                continue;
            }
            out.append('|').append(verdicts.stream().map(v -> "`" + v.mistake() + "`")
                    .collect(Collectors.joining(" +\n"))).append('\n');
            out.append('|').append(verdicts.stream().map(v -> "_" + literal(v.caughtBy()) + "_")
                    .collect(Collectors.joining(" +\n"))).append('\n');
        }
        return out.append("|===\n").toString();
    }

    /** Text shown as typed: no AsciiDoc formatting, attributes or table separators in it. */
    private static String literal(String text) {
        return "pass:c[" + text.replace("]", "\\]").replace("|", "\\|") + "]";
    }
}
