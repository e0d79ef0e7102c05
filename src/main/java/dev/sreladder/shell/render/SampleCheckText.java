package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.maintenance.SampleCheck;

/** {@code rules test}: PASS, FAIL (with each difference) or SKIP per profile, then the count. */
public final class SampleCheckText {

    private SampleCheckText() {
    }

    public static long tested(List<SampleCheck> checks) {
        return checks.stream().filter(SampleCheck::expected).count();
    }

    public static long failed(List<SampleCheck> checks) {
        return checks.stream().filter(check -> check.expected() && !check.passed()).count();
    }

    public static String of(List<SampleCheck> checks, TextStyle style) {
        StringBuilder text = new StringBuilder();
        for (SampleCheck check : checks) {
            if (!check.expected()) {
                text.append(style.dim("SKIP  " + check.source() + " (no expected: block)")).append('\n');
            } else if (check.passed()) {
                text.append(style.green("PASS")).append("  ").append(check.source()).append('\n');
            } else {
                text.append(style.red("FAIL")).append("  ").append(check.source()).append('\n');
                check.error().ifPresent(error -> text.append("      ").append(error).append('\n'));
                check.differences().forEach(difference -> text.append("      ").append(difference).append('\n'));
            }
        }
        long tested = tested(checks);
        long failed = failed(checks);
        text.append(tested).append(" tested: ").append(tested - failed).append(" passed, ").append(failed)
                .append(" failed");
        return text.toString();
    }
}
