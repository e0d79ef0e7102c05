package dev.sreladder.shell.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.sreladder.system.Text;

/**
 * A plain, aligned text table: headers, then rows, columns padded to their widest cell. On a
 * terminal narrower than the table, the widest column is narrowed and its cells wrap at word
 * boundaries inside the column, so every other column stays aligned and no cell is cut (names are
 * shown whole). When even that cannot fit, the rows stay as they are, one line each.
 */
final class Table {

    private static final int NARROWEST = 12;
    private static final int GAP = 2;

    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        rows.add(headers);
    }

    /** Cells may hold stored text: any control character in them is shown escaped, never sent to the terminal. */
    void row(String... cells) {
        rows.add(Arrays.stream(cells).map(Text::visible).toArray(String[]::new));
    }

    @Override
    public String toString() {
        return toString(OutputWidth.current());
    }

    /** The table laid out for a terminal of {@code width} columns (0: no limit). */
    String toString(int width) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        int wrapped = narrowed(widths, width);
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            List<String> parts = wrapped < 0 ? List.of(cell(row, 0))
                    : LineWrapper.wrapLine(cell(row, wrapped), widths[wrapped]);
            for (int part = 0; part < (wrapped < 0 ? 1 : parts.size()); part++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    String value = i == wrapped ? parts.get(part) : part == 0 ? cell(row, i) : "";
                    line.append(value).append(" ".repeat(Math.max(0, widths[i] - value.length())
                            + (i < columns - 1 ? GAP : 0)));
                }
                text.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return text.toString();
    }

    /** Narrows the widest column so the table fits {@code width}; its index, or -1 when none is narrowed. */
    private static int narrowed(int[] widths, int width) {
        int total = Arrays.stream(widths).sum() + GAP * (widths.length - 1);
        if (width <= 0 || total <= width) {
            return -1;
        }
        int widest = 0;
        for (int i = 1; i < widths.length; i++) {
            if (widths[i] > widths[widest]) {
                widest = i;
            }
        }
        int room = widths[widest] - (total - width);
        if (room < NARROWEST) {
            return -1;
        }
        widths[widest] = room;
        return widest;
    }

    private static String cell(String[] row, int column) {
        return row[column] == null ? "" : row[column];
    }
}
