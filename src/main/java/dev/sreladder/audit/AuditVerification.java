package dev.sreladder.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Database;
import dev.sreladder.profile.StoredProfiles;

/**
 * {@code audit verify}: walks the chain, then checks each record still holds the content it was
 * chained with. Content an erasure removed is not missing: the tombstone after it accounts for it.
 */
final class AuditVerification {

    private final Database database;
    private final StoredProfiles profiles;
    private final AuditTrail trail;

    AuditVerification(Database database, StoredProfiles profiles, AuditTrail trail) {
        this.database = database;
        this.profiles = profiles;
        this.trail = trail;
    }

    /** How many records the chain holds, and the first one changed or removed behind the tool's back. */
    record Verified(long records, Optional<String> firstBreak) {
    }

    Verified verify() {
        // Under the chain's lock, so no member's write lands between reading the links and their content.
        return database.write(write -> {
            List<Chain.Link> links = Chain.links(write.jdbc());
            Chain.Head head = Chain.head(write.jdbc());
            Optional<String> broken = Chain.firstBreak(links, head);
            if (broken.isPresent()) {
                return new Verified(links.size(), broken);
            }
            return new Verified(links.size(), firstChangedContent(links));
        });
    }

    private Optional<String> firstChangedContent(List<Chain.Link> links) {
        Map<String, Long> lastErasure = new HashMap<>();
        links.stream().filter(link -> link.kind().equals(Chain.ERASURE))
                .forEach(link -> lastErasure.put(link.profileId(), link.seq()));
        Map<String, Map<String, String>> seals = trail.seals();
        seals.put(Chain.VERSION, profiles.seals());
        for (Chain.Link link : links) {
            boolean erased = !link.kind().equals(Chain.ERASURE)
                    && lastErasure.getOrDefault(link.profileId(), 0L) > link.seq();
            if (erased) {
                continue;
            }
            String key = link.kind().equals(Chain.VERSION) || link.kind().equals(Chain.EVALUATION)
                    ? link.profileId() + "/" + link.number() : Long.toString(link.number());
            String seal = seals.getOrDefault(link.kind(), Map.of()).get(key);
            if (seal == null) {
                return Optional.of("record " + link.seq() + " (" + link.describe() + ") was removed");
            }
            if (!seal.equals(link.contentHash())) {
                return Optional.of("record " + link.seq() + " (" + link.describe() + ") was changed");
            }
        }
        return Optional.empty();
    }
}
