package dev.sreladder.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.sreladder.shell.CommandRun;
import dev.sreladder.system.ExitCode;

/**
 * What the committee did in the release databases (f20f2a5 and later), checked the same way in each:
 * carol erased a profile at its engineer's request, and two members decided on one evaluation.
 * A release test implements the parts its database holds.
 */
interface CommitteeStory {

    CommandRun run(String... words);

    /** Carol's erasure, with its reason, in every release that recorded it. */
    interface Erasure extends CommitteeStory {

        @Test
        default void shouldStillSayTheErasedProfileWasErasedAndByWhom() {
            CommandRun erased = run("history", "sam-taylor-junior-new-hire");

            assertThat(erased.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(erased.out()).contains("sam-taylor-junior-new-hire was erased").contains("by carol")
                    .contains("1 version, 1 evaluation, 0 decisions")
                    .contains("reason: Left the company; asked to be forgotten");
        }
    }

    /** Bob's override of alice on grace-liu, and alice's override on hannah-okafor, with their reasons. */
    interface Overrides extends CommitteeStory {

        @Test
        default void shouldStillShowTheOverrideAndTheConflictOfTwoMembers() {
            CommandRun grace = run("history", "grace-liu");
            CommandRun hannah = run("history", "hannah-okafor");

            assertThat(grace.out()).contains("evaluation 1: promote decided by alice")
                    .contains("evaluation 1: defer (override) decided by bob").contains("CONFLICT")
                    .contains("Wants another quarter as incident commander");
            assertThat(hannah.out()).contains("evaluation 1: promote (override) decided by alice")
                    .contains("Ran the cross-team SLO review since October");
        }
    }
}
