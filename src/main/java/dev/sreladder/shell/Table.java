package dev.sreladder.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.sreladder.system.Text;

/** A plain, aligned text table: headers, then rows, columns padded to their widest cell. */
final class Table {

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
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row[i] == null ? "" : row[i];
                line.append(cell).append(" ".repeat(widths[i] - cell.length() + (i < columns - 1 ? 2 : 0)));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
