package dev.sreladder.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Database;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Suggestions;
import dev.sreladder.system.Text;

/**
 * The promotion cycles in the audit trail: opening one with the rule set it is pinned to, adding
 * candidates, pinning again, closing, and where each candidate stands. Each act is one write under
 * the chain's lock, so two members acting at once take turns, and what an act checks (the name is
 * free, the cycle is still open, a profile is in no other open cycle, every candidate decided)
 * still holds when it is recorded.
 */
public final class CycleLedger {

    /** What names a cycle: a letter or digit, then letters, digits, dots, underscores and dashes. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** The longest name: it is stored where the chain keeps a profile id. */
    public static final int MAX_NAME = 100;

    private final Database database;

    public CycleLedger(Database database) {
        this.database = database;
    }

    /** Where one candidate stands in a cycle: its latest version, and the evaluation and decisions on it. */
    public record Standing(String profileId, Optional<Integer> version, Optional<AuditTrail.Recorded> evaluation,
            List<AuditTrail.Decision> decisions) {

        public Standing {
            decisions = List.copyOf(decisions);
        }

        /** Erased since it was added: only its tombstone is left. */
        public boolean erased() {
            return version.isEmpty();
        }

        /** The decision that stands: the latest recorded on the evaluation. */
        public Optional<AuditTrail.Decision> decision() {
            return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
        }

        /** Still to be decided: not erased, and its latest version has no decision in the cycle. */
        public boolean undecided() {
            return !erased() && decision().isEmpty();
        }
    }

    /** The name as given, or bad input saying what a cycle name is. */
    public static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw LadderException.badInput("a cycle needs a NAME, such as 2026-H2");
        }
        if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            throw LadderException.badInput("'" + Text.visible(name) + "' is not a cycle name: "
                    + "a letter or digit, then letters, digits, '.', '_' or '-', at most " + MAX_NAME
                    + " characters (2026-H2, q3.2026)");
        }
        return name;
    }

    /** The names of the cycles, for completion; none without a database, which this never creates. */
    public List<String> names() {
        return database.exists() ? database.read(jdbc -> jdbc.sql("select distinct cycle from cycle_act order by"
                + " cycle").query(String.class).list()) : List.of();
    }

    public List<Cycle> all() {
        return database.read(CycleTrail::all);
    }

    /** The cycle of that name, or bad input naming the closest one and the command that lists them. */
    public Cycle require(String name) {
        requireName(name);
        return database.read(jdbc -> require(jdbc, name));
    }

    /** The open cycle of that name; bad input naming who closed it when, or the closest name when unknown. */
    public Cycle requireOpen(String name, String consequence) {
        requireName(name);
        return database.read(jdbc -> requireOpen(jdbc, name, consequence));
    }

    /** The open cycle a stored profile is a candidate of, if any. */
    public Optional<Cycle> openCycleOf(String profileId) {
        return database.read(jdbc -> CycleTrail.openCycleOf(jdbc, profileId));
    }

    /** The name, when no cycle has it yet (whatever its case); bad input naming the cycle that has. */
    public String requireNewName(String name) {
        requireName(name);
        return database.read(jdbc -> requireNewName(jdbc, name));
    }

    /** Opens a cycle pinned to {@code rules}, stored like every recorded rule set. */
    public Cycle open(String name, RuleSet rules, String reason) {
        requireName(name);
        return database.write(write -> {
            requireNewName(write.jdbc(), name);
            StoredRuleSets.store(write, rules);
            CycleTrail.record(write, name, CycleTrail.Kind.OPEN, null, rules.fingerprint(), reason, false);
            return CycleTrail.named(write.jdbc(), name).orElseThrow();
        });
    }

    /** What {@code cycle add} did: the profiles made candidates, and those that were already. */
    public record Added(Cycle cycle, List<String> added, List<String> already) {
    }

    /**
     * Makes stored profiles candidates of an open cycle, all or none: an id that is not stored, or
     * is a candidate of another open cycle, refuses the whole act.
     */
    public Added add(String name, List<String> profileIds) {
        return database.write(write -> {
            JdbcClient jdbc = write.jdbc();
            Cycle cycle = requireOpen(jdbc, name, "no profile was added");
            List<String> added = new ArrayList<>();
            List<String> already = new ArrayList<>();
            for (String id : profileIds) {
                if (cycle.hasCandidate(id) || added.contains(id)) {
                    if (!already.contains(id)) {
                        already.add(id);
                    }
                    continue;
                }
                if (latestVersion(jdbc, id).isEmpty()) {
                    throw LadderException.badInput("no stored profile '" + id + "' — 'profiles' lists them, 'import"
                            + " PATH --cycle " + name + "' stores and adds; no profile was added");
                }
                Optional<Cycle> other = CycleTrail.openCycleOf(jdbc, id);
                if (other.isPresent()) {
                    throw LadderException.badInput(id + " is a candidate of the open cycle " + other.get().name()
                            + " already, and a profile is a candidate of one open cycle at a time; no profile was"
                            + " added");
                }
                added.add(id);
            }
            added.forEach(id -> CycleTrail.record(write, name, CycleTrail.Kind.ADD, id, null, null, false));
            return new Added(CycleTrail.named(jdbc, name).orElseThrow(), added, already);
        });
    }

    /** Pins an open cycle to another rule set, with who, when and why. */
    public Cycle pin(String name, RuleSet rules, String reason) {
        return database.write(write -> {
            requireOpen(write.jdbc(), name, "nothing was pinned");
            StoredRuleSets.store(write, rules);
            CycleTrail.record(write, name, CycleTrail.Kind.PIN, null, rules.fingerprint(), reason, false);
            return CycleTrail.named(write.jdbc(), name).orElseThrow();
        });
    }

    /**
     * Closes an open cycle. Refused, naming them, while a candidate is undecided, unless forced
     * (with a reason, kept with the act).
     */
    public Cycle close(String name, boolean force, String reason) {
        return database.write(write -> {
            JdbcClient jdbc = write.jdbc();
            Cycle cycle = requireOpen(jdbc, name, "nothing changed");
            List<String> undecided = standings(jdbc, cycle).stream().filter(Standing::undecided)
                    .map(Standing::profileId).toList();
            if (!undecided.isEmpty() && !force) {
                throw LadderException.badInput("cycle " + name + " has " + undecided.size() + " undecided "
                        + (undecided.size() == 1 ? "candidate" : "candidates") + ": " + String.join(", ", undecided)
                        + " — decide each on its latest evaluation in the cycle, or close it anyway with --force"
                        + " --reason TEXT; it stays open");
            }
            CycleTrail.record(write, name, CycleTrail.Kind.CLOSE, null, null, reason, !undecided.isEmpty());
            return CycleTrail.named(jdbc, name).orElseThrow();
        });
    }

    /** Where each candidate of the cycle stands, in the order they were added. */
    public List<Standing> standings(Cycle cycle) {
        return database.read(jdbc -> standings(jdbc, cycle));
    }

    /** Every evaluation recorded in a cycle, by profile then number. */
    public List<AuditTrail.Recorded> evaluationsIn(String name) {
        return database.read(jdbc -> jdbc.sql(AuditTrail.SELECT_EVALUATION + " where cycle = ? order by profile_id,"
                + " number").param(name).query(AuditTrail::recorded).list());
    }

    /** The last evaluation of a profile recorded in a cycle, of whichever version. */
    public Optional<AuditTrail.Recorded> lastIn(String cycle, String profileId) {
        return database.read(jdbc -> lastIn(jdbc, cycle, profileId));
    }

    private static Optional<AuditTrail.Recorded> lastIn(JdbcClient jdbc, String cycle, String profileId) {
        return jdbc.sql(AuditTrail.SELECT_EVALUATION + " where profile_id = ? and cycle = ? order by number desc")
                .params(profileId, cycle).query(AuditTrail::recorded).list().stream().findFirst();
    }

    /** Every decision on an evaluation recorded in a cycle, in the order they were recorded. */
    public List<AuditTrail.Decision> decisionsIn(String name) {
        return database.read(jdbc -> jdbc.sql(AuditTrail.SELECT_DECISION + " where e.cycle = ? order by d.id")
                .param(name).query(AuditTrail::decision).list());
    }

    /**
     * In an open cycle, each candidate's latest version and the latest evaluation of it when it was
     * recorded in the cycle (what a decision answers). In a closed one, what the cycle ended with: the
     * last evaluation recorded in it, of whichever version, whatever came after the close.
     */
    private static List<Standing> standings(JdbcClient jdbc, Cycle cycle) {
        return cycle.open() ? openStandings(jdbc, cycle) : closedStandings(jdbc, cycle);
    }

    private static List<Standing> closedStandings(JdbcClient jdbc, Cycle cycle) {
        List<Standing> standings = new ArrayList<>();
        for (Cycle.Candidate candidate : cycle.candidates()) {
            String id = candidate.profileId();
            Optional<Integer> latest = latestVersion(jdbc, id);
            Optional<AuditTrail.Recorded> evaluation = lastIn(jdbc, cycle.name(), id);
            standings.add(new Standing(id, latest.isEmpty() ? latest
                    : evaluation.map(AuditTrail.Recorded::profileVersion).or(() -> latest), evaluation,
                    decisionsOn(jdbc, evaluation)));
        }
        return standings;
    }

    private static List<AuditTrail.Decision> decisionsOn(JdbcClient jdbc, Optional<AuditTrail.Recorded> evaluation) {
        return evaluation.map(recorded -> jdbc.sql(AuditTrail.SELECT_DECISION + " where d.evaluation_id = ? order by"
                + " d.id").param(recorded.id()).query(AuditTrail::decision).list()).orElse(List.of());
    }

    private static List<Standing> openStandings(JdbcClient jdbc, Cycle cycle) {
        List<Standing> standings = new ArrayList<>();
        for (Cycle.Candidate candidate : cycle.candidates()) {
            String id = candidate.profileId();
            Optional<Integer> version = latestVersion(jdbc, id);
            // The latest evaluation of the latest version, when it was recorded in this cycle.
            Optional<AuditTrail.Recorded> evaluation = version.flatMap(v -> jdbc.sql(AuditTrail.SELECT_EVALUATION
                    + " where profile_id = ? and profile_version = ? order by number desc").params(id, v)
                    .query(AuditTrail::recorded).list().stream().findFirst())
                    .filter(recorded -> cycle.name().equals(recorded.cycle()));
            standings.add(new Standing(id, version, evaluation, decisionsOn(jdbc, evaluation)));
        }
        return standings;
    }

    private static Optional<Integer> latestVersion(JdbcClient jdbc, String id) {
        int latest = jdbc.sql("select coalesce(max(version), 0) from profile_version where profile_id = ?").param(id)
                .query(Integer.class).single();
        return latest == 0 ? Optional.empty() : Optional.of(latest);
    }

    /** Names differing only in case would be told apart by no one reading a packet. */
    private static String requireNewName(JdbcClient jdbc, String name) {
        CycleTrail.all(jdbc).stream().filter(cycle -> cycle.name().equalsIgnoreCase(name)).findFirst()
                .ifPresent(same -> {
                    throw LadderException.badInput("there is a cycle " + same.name() + " already — 'cycle show "
                            + same.name() + "' shows it; give the new one another name");
                });
        return name;
    }

    private static Cycle require(JdbcClient jdbc, String name) {
        return CycleTrail.named(jdbc, name).orElseThrow(() -> {
            List<String> names = CycleTrail.all(jdbc).stream().map(Cycle::name).toList();
            return LadderException.badInput("no cycle '" + name + "' — " + Suggestions.didYouMean(name, names,
                    names.isEmpty() ? "'cycle open NAME' opens one" : "'cycle list' lists them"));
        });
    }

    private static Cycle requireOpen(JdbcClient jdbc, String name, String consequence) {
        Cycle cycle = require(jdbc, name);
        if (!cycle.open()) {
            throw CycleChecks.closed(cycle, consequence);
        }
        return cycle;
    }
}
