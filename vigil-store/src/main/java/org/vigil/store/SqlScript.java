package org.vigil.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A SQL resource split into statements. JDBC runs one statement at a time. The scripts are ours, so the rules
 * are simple: comments start with {@code --} and run to the end of the line, and a semicolon ends a statement
 * (neither appears inside a string literal).
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .map(line -> {
                    int comment = line.indexOf("--");
                    return comment < 0 ? line : line.substring(0, comment);
                })
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
