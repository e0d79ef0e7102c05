package dev.sreladder.shell.render;

import java.util.List;

/** Widths of formatted text columns. */
final class Columns {

    private Columns() {
    }

    /** The width of a column: its widest value, or its header. */
    static int width(List<String> values, String header) {
        return Math.max(header.length(), values.stream().mapToInt(value -> value == null ? 1 : value.length()).max()
                .orElse(0));
    }
}
