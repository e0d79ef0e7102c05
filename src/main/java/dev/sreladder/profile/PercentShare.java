package dev.sreladder.profile;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fix for a share written as a percentage ("60%"): the share it certainly means ("write 0.6"),
 * or, when the percentage is not one of 0% to 100%, how a share is written. The value is not taken
 * as read: a file says what its author wrote, and the fix shows the one way to write it.
 */
final class PercentShare {

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentShare() {
    }

    static String fix(String written) {
        Matcher percent = PERCENT.matcher(written.strip());
        if (percent.matches()) {
            BigDecimal share = new BigDecimal(percent.group(1)).divide(HUNDRED);
            if (share.compareTo(BigDecimal.ONE) <= 0) {
                return "write " + share.stripTrailingZeros().toPlainString() + " for " + written.strip()
                        + " (a share is a number from 0 to 1)";
            }
        }
        return "write a share as a number from 0 to 1, like 0.4";
    }
}
