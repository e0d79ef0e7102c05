package dev.sreladder.profile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Chain;
import dev.sreladder.database.Database;
import dev.sreladder.database.Rows;
import dev.sreladder.database.Seal;
import dev.sreladder.database.Write;
import dev.sreladder.ladder.Ladder;
import dev.sreladder.system.LadderException;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/**
 * Stored profiles, the profile feature's tables ({@code profile}, {@code profile_version}): every
 * import of changed content is a new version, recorded with who imported it and chained into the
 * audit trail; nothing is ever updated in place. The {@code profile} row outlives an erasure and
 * keeps the last version number, so numbers never restart for an id that comes back.
 */
public final class StoredProfiles implements ProfileStore {

    private final Database database;
    private final ProfileReader reader;

    public StoredProfiles(Database database, ProfileReader reader) {
        this.database = database;
        this.reader = reader;
    }

    /** One stored version as a row. */
    public record Version(String id, int version, String name, String level, String target, String yaml,
            String source, Instant importedAt, String importedBy, String ladder) {

        /**
         * The content hash the audit chain keeps for this version. A version of the article's ladder
         * seals as versions did before ladders were recorded, so their chains stay whole.
         */
        public String seal() {
            return ARTICLE_LADDER.equals(ladder)
                    ? Seal.of(id, version, name, level, target, yaml, source, importedAt, importedBy)
                    : Seal.of(id, version, name, level, target, yaml, source, importedAt, importedBy, ladder);
        }
    }

    /** What versions stored before ladders were recorded were read against (migration V5's default). */
    static final String ARTICLE_LADDER = "article-sre";

    /** What an import did: stored {@code version}, or found it {@code unchanged} (the latest already). */
    public record Saved(int version, boolean unchanged) {
    }

    /** The latest version of a stored profile, and how many versions it has. */
    public record Summary(String id, String name, String level, String target, int versions) {
    }

    /**
     * Stores a profile read from a file as the next version of its id, unless its text is the
     * latest version's already. Runs as one write, under the audit trail's lock.
     */
    public Saved importProfile(ProfileDocument document) {
        var profile = document.profile();
        return database.write(write -> {
            JdbcClient jdbc = write.jdbc();
            Optional<Integer> last = jdbc.sql("select last_version from profile where id = ?").param(profile.id())
                    .query(Integer.class).optional();
            if (last.isEmpty()) {
                jdbc.sql("insert into profile (id, created_at, last_version, last_evaluation) values (?, ?, 0, 0)")
                        .params(profile.id(), write.at()).update();
            }
            Optional<Version> latest = jdbc.sql(SELECT_VERSION + " where profile_id = ? order by version desc")
                    .param(profile.id()).query(StoredProfiles::version).list().stream().findFirst();
            if (latest.isPresent() && latest.get().yaml().equals(document.text())
                    && latest.get().ladder().equals(profile.ladder().id())) {
                return new Saved(latest.get().version(), true);
            }
            int number = last.orElse(0) + 1;
            Version version = new Version(profile.id(), number, profile.name(), profile.level().name(),
                    profile.target() == null ? null : profile.target().name(), document.text(), document.source(),
                    write.at().toInstant(), write.actor(), profile.ladder().id());
            jdbc.sql("""
                    insert into profile_version (profile_id, version, name, level, target, yaml, source, imported_at,
                                                 imported_by, ladder)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(version.id(), number, version.name(), version.level(), version.target(), version.yaml(),
                            version.source(), write.at(), write.actor(), version.ladder())
                    .update();
            jdbc.sql("update profile set last_version = ? where id = ?").params(number, profile.id()).update();
            write.chain(Chain.VERSION, profile.id(), number, version.seal());
            return new Saved(number, false);
        });
    }

    @Override
    public Optional<Stored> latest(String id, Ladder ladder) {
        return latestVersion(id).map(version -> toStored(version, ladder));
    }

    public Optional<Version> latestVersion(String id) {
        return database.read(jdbc -> jdbc.sql(SELECT_VERSION + " where profile_id = ? order by version desc")
                .param(id).query(StoredProfiles::version).list().stream().findFirst());
    }

    public Optional<Version> version(String id, int version) {
        return database.read(jdbc -> jdbc.sql(SELECT_VERSION + " where profile_id = ? and version = ?")
                .params(id, version).query(StoredProfiles::version).optional());
    }

    public List<Version> versions(String id) {
        return database.read(jdbc -> jdbc.sql(SELECT_VERSION + " where profile_id = ? order by version")
                .param(id).query(StoredProfiles::version).list());
    }

    private List<Version> latestVersions() {
        return database.read(jdbc -> jdbc.sql(SELECT_VERSION + " v where v.version ="
                + " (select max(version) from profile_version m where m.profile_id = v.profile_id) order by "
                + "v.profile_id")
                .query(StoredProfiles::version).list());
    }

    /** The latest version of every stored profile, by id, each read or the reason it cannot be. */
    public List<ProfileLoader.Loaded> allLatestLoaded(Ladder ladder) {
        return latestVersions().stream().<ProfileLoader.Loaded>map(version -> {
            try {
                return new ProfileLoader.Read(toStored(version, ladder));
            } catch (LadderException e) {
                return new ProfileLoader.Unreadable("stored profile " + version.id(), e.getMessage());
            }
        }).toList();
    }

    /** Every stored profile: its latest version, by id. */
    public List<Summary> list() {
        return database.read(jdbc -> jdbc.sql("""
                select v.profile_id, v.name, v.level, v.target,
                       (select count(*) from profile_version c where c.profile_id = v.profile_id) as versions
                from profile_version v
                where v.version = (select max(version) from profile_version m where m.profile_id = v.profile_id)
                order by v.profile_id""")
                .query((rs, row) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list());
    }

    /** The latest version of a stored profile, or bad input naming the commands that list and add them. */
    public Version require(String id) {
        return latestVersion(id).orElseThrow(() -> missing(id));
    }

    /** Why no version of {@code id} is stored: it was erased (when, by whom, why), or it never was. */
    public LadderException missing(String id) {
        return erasure(id).map(LadderException::badInput).orElseGet(() -> notStored(id));
    }

    @Override
    public Optional<String> erasure(String id) {
        if (latestVersion(id).isPresent()) {
            return Optional.empty();
        }
        return database.read(jdbc -> jdbc.sql("""
                select erased_at, erased_by, reason from erasure where profile_id = ? order by id desc""")
                .param(id).query((rs, row) -> id + " was erased "
                        + Times.utc(Rows.instant(rs.getObject(1, OffsetDateTime.class))) + " by "
                        + Text.visible(rs.getString(2)) + " — reason: " + Text.visible(rs.getString(3))
                        + "; 'history " + id + "' shows what was erased").list().stream().findFirst());
    }

    public static LadderException notStored(String id) {
        return LadderException.badInput("no stored profile '" + id
                + "' — 'profiles' lists them, 'import PATH' adds one");
    }

    /**
     * Erases every version of a profile, inside the erasure's write (see the audit trail's); returns
     * how many went. The profile row stays, holding the id and the last numbers given.
     */
    public int erase(Write write, String id) {
        int versions = count(write.jdbc(), "select count(*) from profile_version where profile_id = ?", id);
        write.jdbc().sql("delete from profile_version where profile_id = ?").param(id).update();
        return versions;
    }

    /** The content hash of every stored version, by "id/version", for verifying the audit chain. */
    public Map<String, String> seals() {
        return database.read(StoredProfiles::seals);
    }

    /** {@link #seals()} read inside a unit of work that holds {@code jdbc}. */
    public static Map<String, String> seals(JdbcClient jdbc) {
        Map<String, String> seals = new HashMap<>();
        jdbc.sql(SELECT_VERSION).query(StoredProfiles::version).list()
                .forEach(version -> seals.put(version.id() + "/" + version.version(), version.seal()));
        return seals;
    }

    /**
     * Reads a stored version back into a profile document, exactly as it was imported, against the
     * ladder it was imported under; under another ladder it is refused, never half-read.
     */
    public Stored toStored(Version version, Ladder ladder) {
        if (!version.ladder().equals(ladder.id())) {
            throw LadderException.badInput("stored profile " + version.id() + " (version " + version.version()
                    + ") was imported under the ladder '" + version.ladder() + "', but the rules in use are for the"
                    + " ladder '" + ladder.id() + "', and a profile is never read under another ladder's levels and"
                    + " keys — use rules for '" + version.ladder() + "' (--ladder.rules-dir=DIR, a folder whose"
                    + " ladder.yaml says 'ladder: " + version.ladder() + "'), or import its file again to store it"
                    + " under '" + ladder.id() + "'");
        }
        ProfileDocument document = reader.read("stored profile " + version.id() + " (version " + version.version()
                + ")",
                version.yaml().getBytes(StandardCharsets.UTF_8), version.id(), ladder);
        return new Stored(version.id(), version.version(), document);
    }

    private static final String SELECT_VERSION =
            "select profile_id, version, name, level, target, yaml, source, imported_at, imported_by, ladder"
            + " from profile_version";

    private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Rows.instant(rs.getObject(8, OffsetDateTime.class)), rs.getString(9),
                rs.getString(10));
    }

    private static int count(JdbcClient jdbc, String sql, String id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
