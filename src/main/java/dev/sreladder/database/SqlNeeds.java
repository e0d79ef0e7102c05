package dev.sreladder.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privileges one of the tool's SQL statements needs, read from its text: INSERT, UPDATE (of the
 * columns it sets) and DELETE on the table it writes, SELECT on every table it reads (an UPDATE or
 * DELETE with a condition reads its own table too), and UPDATE on the table it locks
 * ({@code for update}). Enough for the tool's own plain statements, which is what it is for: the
 * grant lists are checked against them, and a refused statement is explained.
 */
public final class SqlNeeds {

    /** One privilege a statement needs; {@code columns} empty when any column will do. */
    public record Need(String action, String table, List<String> columns) {
    }

    private static final Pattern INSERT = Pattern.compile("\\binsert\\s+into\\s+(\\w+)");
    private static final Pattern UPDATE = Pattern.compile("\\bupdate\\s+(\\w+)\\s+set\\s+(.*?)(?:\\s+where\\b|$)");
    private static final Pattern DELETE = Pattern.compile("\\bdelete\\s+from\\s+(\\w+)");
    private static final Pattern READ = Pattern.compile("(\\bdelete\\s+)?\\b(?:from|join)\\s+(\\w+)");
    private static final Pattern SET_COLUMN = Pattern.compile("^\\s*(\\w+)\\s*=");
    private static final Pattern LOCK = Pattern.compile("\\bfor\\s+update\\b");

    private SqlNeeds() {
    }

    public static List<Need> of(String sql) {
        String text = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        List<Need> needs = new ArrayList<>();
        Matcher insert = INSERT.matcher(text);
        while (insert.find()) {
            needs.add(new Need("INSERT", insert.group(1), List.of()));
        }
        Matcher update = UPDATE.matcher(text);
        while (update.find()) {
            List<String> columns = Arrays.stream(update.group(2).split(","))
                    .map(SET_COLUMN::matcher).filter(Matcher::find).map(column -> column.group(1)).toList();
            needs.add(new Need("UPDATE", update.group(1), columns));
            readsToo(text, update.group(1), needs);
        }
        Matcher delete = DELETE.matcher(text);
        while (delete.find()) {
            needs.add(new Need("DELETE", delete.group(1), List.of()));
            readsToo(text, delete.group(1), needs);
        }
        Matcher read = READ.matcher(text);
        List<String> tablesRead = new ArrayList<>();
        while (read.find()) {
            if (read.group(1) == null) {
                tablesRead.add(read.group(2));
                needs.add(new Need("SELECT", read.group(2), List.of()));
            }
        }
        if (LOCK.matcher(text).find() && !tablesRead.isEmpty()) {
            needs.add(new Need("UPDATE", tablesRead.get(0), List.of()));
        }
        return needs;
    }

    private static void readsToo(String text, String table, List<Need> needs) {
        if (text.contains(" where ")) {
            needs.add(new Need("SELECT", table, List.of()));
        }
    }

    /** The statement's first write, else its first read: what a refusal most likely was about. */
    static Need main(List<Need> needs) {
        return needs.stream().filter(need -> !need.action().equals("SELECT")).findFirst()
                .orElse(needs.isEmpty() ? null : needs.get(0));
    }
}
