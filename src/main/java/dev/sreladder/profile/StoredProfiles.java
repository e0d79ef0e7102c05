package dev.sreladder.profile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.sreladder.database.Database;
import dev.sreladder.database.Rows;
import dev.sreladder.system.LadderException;

/**
 * Stored profiles, the profile feature's tables ({@code profile}, {@code profile_version}): every
 * import is a new version; nothing is ever updated in place.
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
            String source, Instant importedAt) {
    }

    /** The latest version of a stored profile, and how many versions it has. */
    public record Summary(String id, String name, String level, String target, int versions) {
    }

    /** Stores a profile read from a file as the next version of its id; returns the version number. */
    public int importProfile(ProfileDocument document) {
        var profile = document.profile();
        return database.inTransaction(jdbc -> {
            OffsetDateTime now = Rows.now();
            boolean exists = jdbc.sql("select count(*) from profile where id = ?").param(profile.id())
                    .query(Integer.class).single() > 0;
            if (!exists) {
                jdbc.sql("insert into profile (id, created_at) values (?, ?)").params(profile.id(), now).update();
            }
            int version = jdbc.sql("select coalesce(max(version), 0) + 1 from profile_version where profile_id = ?")
                    .param(profile.id()).query(Integer.class).single();
            jdbc.sql("""
                    insert into profile_version (profile_id, version, name, level, target, yaml, source, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(profile.id(), version, profile.name(), profile.level().name(),
                            profile.target() == null ? null : profile.target().name(), document.text(),
                            document.source(), now)
                    .update();
            return version;
        });
    }

    @Override
    public Optional<Stored> latest(String id) {
        return latestVersion(id).map(this::toStored);
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

    /** The latest version of every stored profile, by id. */
    public List<Stored> allLatest() {
        return database.read(jdbc -> jdbc.sql(SELECT_VERSION + " v where v.version ="
                + " (select max(version) from profile_version m where m.profile_id = v.profile_id) order by v.profile_id")
                .query(StoredProfiles::version).list()).stream().map(this::toStored).toList();
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
        return latestVersion(id).orElseThrow(() -> notStored(id));
    }

    public static LadderException notStored(String id) {
        return LadderException.badInput("no stored profile '" + id + "' — 'profiles' lists them, 'import PATH' adds one");
    }

    /**
     * Erases a profile with every version; returns how many versions went, 0 when there was none.
     * The records that other features keep about the profile go first, in the same transaction:
     * see the audit trail's erasure.
     */
    public int delete(String id) {
        return database.inTransaction(jdbc -> {
            int versions = count(jdbc, "select count(*) from profile_version where profile_id = ?", id);
            jdbc.sql("delete from profile_version where profile_id = ?").param(id).update();
            jdbc.sql("delete from profile where id = ?").param(id).update();
            return versions;
        });
    }

    /** Reads a stored version back into a profile document, exactly as it was imported. */
    public Stored toStored(Version version) {
        ProfileDocument document = reader.read("stored profile " + version.id() + " (version " + version.version() + ")",
                version.yaml().getBytes(StandardCharsets.UTF_8), version.id());
        return new Stored(version.id(), version.version(), document);
    }

    private static final String SELECT_VERSION =
            "select profile_id, version, name, level, target, yaml, source, imported_at from profile_version";

    private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Rows.instant(rs.getObject(8, OffsetDateTime.class)));
    }

    private static int count(JdbcClient jdbc, String sql, String id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
