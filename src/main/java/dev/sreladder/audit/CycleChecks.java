package dev.sreladder.audit;

import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.system.LadderException;
import dev.sreladder.system.Times;

/**
 * What a write checks of cycles under the chain's lock, just before it records: an evaluation is
 * recorded in the cycle the profile is a candidate of now, under the rules pinned now; a decision
 * answers an evaluation of the profile's open cycle, and never one of a closed cycle. Another
 * member may have added, re-pinned or closed meanwhile: then nothing is recorded, and the message
 * says what to do.
 */
final class CycleChecks {

    private CycleChecks() {
    }

    static void stillJudgedBy(JdbcClient jdbc, String profileId, String cycle, String fingerprint) {
        Optional<Cycle> open = CycleTrail.openCycleOf(jdbc, profileId);
        if (cycle != null) {
            Cycle evaluatedFor = CycleTrail.named(jdbc, cycle).orElseThrow();
            if (!evaluatedFor.open()) {
                throw closed(evaluatedFor, "the evaluation of " + profileId + " was not recorded");
            }
            if (!evaluatedFor.pin().fingerprint().equals(fingerprint)) {
                throw LadderException.badInput("cycle " + cycle + " was pinned to other rules while " + profileId
                        + " was being evaluated; the evaluation was not recorded — evaluate " + profileId + " again");
            }
        }
        String now = open.map(Cycle::name).orElse(null);
        if (!Objects.equals(now, cycle)) {
            throw LadderException.badInput(profileId + " became a candidate of cycle " + now + " while it was being"
                    + " evaluated; the evaluation was not recorded — evaluate " + profileId + " again");
        }
    }

    static void decidable(JdbcClient jdbc, AuditTrail.Recorded latest) {
        String profileId = latest.profileId();
        Optional<Cycle> open = CycleTrail.openCycleOf(jdbc, profileId);
        if (open.isPresent() && !open.get().name().equals(latest.cycle())) {
            throw LadderException.badInput(profileId + " is a candidate of cycle " + open.get().name() + ", and its"
                    + " latest evaluation (" + latest.number() + ") was not recorded in it — 'evaluate " + profileId
                    + "' records one under the cycle's pinned rules, then decide");
        }
        if (latest.cycle() != null) {
            Cycle cycle = CycleTrail.named(jdbc, latest.cycle()).orElseThrow();
            if (!cycle.open()) {
                throw closed(cycle, "no decision was recorded on evaluation " + latest.number() + " of " + profileId);
            }
        }
    }

    static LadderException closed(Cycle cycle, String consequence) {
        Cycle.Act closed = cycle.closed().orElseThrow();
        return LadderException.badInput("cycle " + cycle.name() + " is closed (by " + closed.by() + ", "
                + Times.utc(closed.at()) + "): " + consequence);
    }
}
