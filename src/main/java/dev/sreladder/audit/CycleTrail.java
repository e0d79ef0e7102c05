package dev.sreladder.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Rows;
import dev.sreladder.database.Seal;
import dev.sreladder.database.Write;

/**
 * The acts of promotion cycles ({@code cycle_act}): each one a row sealed into the audit chain,
 * and every cycle's state read back from them alone. Writes happen inside a {@link Write}, under
 * the chain's lock, so what a write checks first still holds when it appends.
 */
public final class CycleTrail {

    /** The four acts, as stored. */
    public enum Kind {
        OPEN, ADD, PIN, CLOSE;

        String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One stored act: what the chain seals. */
    record ActRow(long id, String cycle, String act, String profileId, String fingerprint, String reason,
            boolean forced, String actedBy, Instant actedAt) {

        String seal() {
            return Seal.of(id, cycle, act, profileId, fingerprint, reason, forced, actedBy, actedAt);
        }

        Cycle.Act asAct() {
            return new Cycle.Act(actedBy, actedAt, Optional.ofNullable(reason));
        }
    }

    private CycleTrail() {
    }

    /** Records one act and chains it; returns its id. */
    static long record(Write write, String cycle, Kind kind, String profileId, String fingerprint, String reason,
            boolean forced) {
        JdbcClient jdbc = write.jdbc();
        jdbc.sql("""
                insert into cycle_act (cycle, act, profile_id, fingerprint, reason, forced, acted_by, acted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cycle, kind.stored(), profileId, fingerprint, reason, forced, write.actor(), write.at())
                .update();
        long id = jdbc.sql("select max(id) from cycle_act where cycle = ?").param(cycle).query(Long.class).single();
        ActRow row = new ActRow(id, cycle, kind.stored(), profileId, fingerprint, reason, forced, write.actor(),
                write.at().toInstant());
        write.chain(Chain.CYCLE, cycle, id, row.seal());
        return id;
    }

    /** Every cycle, in the order they were opened. */
    static List<Cycle> all(JdbcClient jdbc) {
        return cycles(rows(jdbc));
    }

    static Optional<Cycle> named(JdbcClient jdbc, String name) {
        return cycles(rows(jdbc, name)).stream().findFirst();
    }

    /** The open cycle a profile is a candidate of, if any (there is at most one). */
    static Optional<Cycle> openCycleOf(JdbcClient jdbc, String profileId) {
        List<String> names = jdbc.sql("select distinct cycle from cycle_act where act = 'add' and profile_id = ?")
                .param(profileId).query(String.class).list();
        return names.stream().map(name -> named(jdbc, name)).flatMap(Optional::stream).filter(Cycle::open)
                .findFirst();
    }

    /** The content hash of every act, by id, for the chain's account. */
    static Map<String, String> seals(JdbcClient jdbc) {
        Map<String, String> seals = new HashMap<>();
        rows(jdbc).forEach(row -> seals.put(Long.toString(row.id()), row.seal()));
        return seals;
    }

    /** Which cycle each act belongs to, by id, for naming a row that is not in the chain. */
    static Map<String, String> cycleOf(JdbcClient jdbc) {
        Map<String, String> cycles = new HashMap<>();
        rows(jdbc).forEach(row -> cycles.put(Long.toString(row.id()), row.cycle()));
        return cycles;
    }

    private static final String SELECT_ACT = """
            select id, cycle, act, profile_id, fingerprint, reason, forced, acted_by, acted_at
            from cycle_act""";

    private static List<ActRow> rows(JdbcClient jdbc) {
        return jdbc.sql(SELECT_ACT + " order by id").query(CycleTrail::row).list();
    }

    private static List<ActRow> rows(JdbcClient jdbc, String cycle) {
        return jdbc.sql(SELECT_ACT + " where cycle = ? order by id").param(cycle).query(CycleTrail::row).list();
    }

    private static ActRow row(ResultSet rs, int row) throws SQLException {
        return new ActRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getString(8),
                Rows.instant(rs.getObject(9, OffsetDateTime.class)));
    }

    /** The cycles the acts tell, each from its acts in the order they were recorded. */
    private static List<Cycle> cycles(List<ActRow> rows) {
        Map<String, List<ActRow>> byCycle = new LinkedHashMap<>();
        rows.forEach(row -> byCycle.computeIfAbsent(row.cycle(), key -> new ArrayList<>()).add(row));
        List<Cycle> cycles = new ArrayList<>();
        byCycle.forEach((name, acts) -> {
            Cycle.Act opened = null;
            List<Cycle.Pin> pins = new ArrayList<>();
            List<Cycle.Candidate> candidates = new ArrayList<>();
            Optional<Cycle.Act> closed = Optional.empty();
            boolean forced = false;
            for (ActRow act : acts) {
                switch (act.act()) {
                    case "open" -> {
                        opened = act.asAct();
                        pins.add(new Cycle.Pin(act.fingerprint(), act.asAct()));
                    }
                    case "pin" -> pins.add(new Cycle.Pin(act.fingerprint(), act.asAct()));
                    case "add" -> candidates.add(new Cycle.Candidate(act.profileId(), act.asAct()));
                    case "close" -> {
                        closed = Optional.of(act.asAct());
                        forced = act.forced();
                    }
                    default -> {
                        // An act this build does not know is left out of the state; audit verify still seals it.
                    }
                }
            }
            if (opened != null) {
                cycles.add(new Cycle(name, opened, pins, candidates, closed, forced));
            }
        });
        return cycles;
    }
}
