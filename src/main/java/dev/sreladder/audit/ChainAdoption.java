package dev.sreladder.audit;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Seal;
import dev.sreladder.database.Write;

/**
 * The first time a build that accounts for every row opens a database, it takes into the chain
 * every audited row that is not in it yet: the rows earlier builds wrote before the chain existed
 * (before migration V3) and the rule sets (chained since V6). Each becomes a record of its own, in
 * a fixed order, followed by one {@code adoption} record counting them. It happens once: from then
 * on a row outside the chain was written behind the tool's back, and a second adoption record is
 * itself a break (see AuditVerification).
 */
final class ChainAdoption {

    private ChainAdoption() {
    }

    static void adopt(Write write) {
        if (Chain.adopted(write.jdbc())) {
            return;
        }
        Set<String> chained = Chain.links(write.jdbc()).stream().map(ChainAccount::key).collect(Collectors.toSet());
        List<ChainAccount.Row> outside = ChainAccount.rows(write.jdbc()).stream()
                .filter(row -> !chained.contains(row.key())).toList();
        outside.forEach(row -> write.chain(row.kind(), row.profileId(), row.number(), row.seal()));
        write.chain(Chain.ADOPTION, "-", outside.size(), Seal.of(Chain.ADOPTION, outside.size()));
    }
}
