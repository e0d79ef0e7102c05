package dev.sreladder.storage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.sreladder.profile.ProfileDocument;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.ProfileStore;

/** Stored profiles: every import is a new version; nothing is ever updated in place. */
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

    /** A line of the {@code profiles} table. */
    public record Summary(String id, String name, String level, String target, int versions, String latestVerdict,
            Instant latestEvaluatedAt) {
    }

    /** What {@code delete} erased. */
    public record Erased(String id, int versions, int evaluations, int decisions) {
    }

    /** Stores a profile read from a file as the next version of its id; returns the version number. */
    public int importProfile(ProfileDocument document) {
        var profile = document.profile();
        return database.inTransaction(jdbc -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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

    /** Every stored profile, latest version and latest evaluation, by id. */
    public List<Summary> list() {
        return database.read(jdbc -> jdbc.sql("""
                select v.profile_id, v.name, v.level, v.target,
                       (select count(*) from profile_version c where c.profile_id = v.profile_id) as versions,
                       e.verdict, e.evaluated_at
                from profile_version v
                left join evaluation e on e.profile_id = v.profile_id
                     and e.number = (select max(number) from evaluation x where x.profile_id = v.profile_id)
                where v.version = (select max(version) from profile_version m where m.profile_id = v.profile_id)
                order by v.profile_id""")
                .query((rs, row) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), instant(rs.getObject(7, OffsetDateTime.class))))
                .list());
    }

    /** Erases a profile with every version, evaluation and decision; empty when there is none. */
    public Optional<Erased> delete(String id) {
        return database.inTransaction(jdbc -> {
            int versions = count(jdbc, "select count(*) from profile_version where profile_id = ?", id);
            if (versions == 0) {
                return Optional.<Erased>empty();
            }
            int evaluations = count(jdbc, "select count(*) from evaluation where profile_id = ?", id);
            int decisions = count(jdbc, "select count(*) from decision where profile_id = ?", id);
            jdbc.sql("delete from decision where profile_id = ?").param(id).update();
            jdbc.sql("delete from evaluation where profile_id = ?").param(id).update();
            jdbc.sql("delete from profile_version where profile_id = ?").param(id).update();
            jdbc.sql("delete from profile where id = ?").param(id).update();
            return Optional.of(new Erased(id, versions, evaluations, decisions));
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
                rs.getString(6), rs.getString(7), instant(rs.getObject(8, OffsetDateTime.class)));
    }

    private static int count(org.springframework.jdbc.core.simple.JdbcClient jdbc, String sql, String id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
