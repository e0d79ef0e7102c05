package dev.sreladder.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sreladder.evaluation.RuleInfo;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.evaluation.Trigger;
import dev.sreladder.testing.FormsRules;
import dev.sreladder.testing.TestRules;

/** What a maintainer's trap asks of the profile, as {@code ladder show} and the rule trial read it. */
class RuleTriggersTest {

    private static Trigger triggerOf(RuleSet rules, String code) {
        return rules.rules().stream().filter(rule -> code.equals(rule.code())).map(RuleInfo::trigger).findFirst()
                .orElseThrow();
    }

    @Test
    void theDefaultTrapsAreReadInFull() {
        RuleSet rules = TestRules.defaults();

        assertThat(triggerOf(rules, "wont-let-go").text())
                .isEqualTo("handsOnIncidentShare ≥ 0.5 and any of (mentees == 0, mentoring ≤ 1)");
        assertThat(triggerOf(rules, "mid-level-plateau").text()).isEqualTo("yearsInLevel ≥ 3 and productionDebugging"
                + " ≥ 3 and infrastructureAsCode ≥ 3 and crossTeamInfluence ≤ 1 and crossTeamInitiatives == 0");
        assertThat(triggerOf(rules, "architecting-too-early").text())
                .isEqualTo("redesignsProposed ≥ 1 and any of (incidentResponse < 2, observability < 2)");
        assertThat(triggerOf(rules, "impact-not-scaling").text()).isEqualTo("productionDebugging ≥ 3 and"
                + " infrastructureAsCode ≥ 3 and engineersEnabled < 5 and platformBuilding ≤ 1");
        assertThat(rules.rules()).filteredOn(rule -> rule.code().startsWith("verdict-"))
                .allSatisfy(rule -> assertThat(rule.trigger().conditions()).isEmpty());
    }

    @Test
    void flippedNegatedAndGroupedComparisonsAreConditions(@TempDir Path dir) {
        RuleSet rules = FormsRules.compile(dir, trap("""
                    Promotion(from == "MID")
                    $profile : Profile(2 <= value("writing"), !(value("mentees") >= 1),
                                       value("gameDays") >= 1 && value("designDocs") >= 2 || value("mentoring") > 3)
                """));

        Trigger trigger = triggerOf(rules, "odd-trap");

        assertThat(trigger.complete()).isTrue();
        assertThat(trigger.text()).isEqualTo(
                "writing ≥ 2 and mentees < 1 and any of (at least 2 of (gameDays ≥ 1, designDocs ≥ 2), mentoring > 3)");
    }

    @Test
    void whatIsNotAComparisonOfAKeyIsKeptAsWritten(@TempDir Path dir) {
        RuleSet rules = FormsRules.compile(dir, trap("""
                    Promotion(from == "MID")
                    $profile : Profile(value("writing") > value("mentoring"), value("gameDays") >= 1)
                    exists Finding(kind == FindingKind.GAP)
                """));

        Trigger trigger = triggerOf(rules, "odd-trap");

        assertThat(trigger.complete()).isFalse();
        assertThat(trigger.text()).isEqualTo("gameDays ≥ 1 and `value(\"writing\") > value(\"mentoring\")`"
                + " and `exists Finding(kind == FindingKind.GAP)`");
    }

    private static String trap(String when) {
        return """
                package rules;

                import dev.sreladder.evaluation.Promotion;
                import dev.sreladder.evaluation.Finding;
                import dev.sreladder.evaluation.FindingKind;
                import dev.sreladder.profile.Profile;
                import function dev.sreladder.evaluation.RuleApi.atLeast;
                import function dev.sreladder.evaluation.RuleApi.trap;

                rule "A trap written in odd ways"
                    @code("odd-trap")
                    @section("Final Thoughts")
                when
                %s
                then
                    insert(trap(drools, $profile, "odd", "Write rules plainly.", atLeast("writing", 4)));
                end
                """.formatted(when);
    }
}
