package dev.sreladder.shell.render;

import java.util.List;

import dev.sreladder.audit.AuditService;
import dev.sreladder.profile.ProfileImport;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.system.Text;
import dev.sreladder.system.Times;

/** The text of import, profiles, show and delete: stored profiles, their versions and their erasure. */
public final class StoredProfileText {

    private StoredProfileText() {
    }

    /** One line per file stored (or found unchanged) by import. */
    public static String imported(ProfileImport.Imported imported) {
        return imported.unchanged() ? "unchanged: " + imported.id() + ", version " + imported.version()
                : "imported " + imported.id() + " (version " + imported.version() + ") from "
                        + Text.visible(imported.source());
    }

    /** The table of stored profiles with their latest verdicts. */
    public static String list(List<AuditService.ProfileOverview> overviews) {
        Table table = new Table("ID", "NAME", "LEVEL → TARGET", "VERSIONS", "LATEST VERDICT", Times.column("WHEN"));
        for (AuditService.ProfileOverview overview : overviews) {
            StoredProfiles.Summary summary = overview.profile();
            String target = summary.target() == null ? "(next)" : summary.target();
            table.row(summary.id(), summary.name(), summary.level() + " → " + target,
                    Integer.toString(summary.versions()),
                    overview.latest().map(latest -> latest.verdict()).orElse("not evaluated"),
                    overview.latest().map(latest -> Times.utcMinute(latest.evaluatedAt())).orElse(""));
        }
        return table.toString();
    }

    /** One version of a stored profile as YAML, between a heading and the list of all its versions. */
    public static String shown(String id, StoredProfiles.Version shown, List<StoredProfiles.Version> versions) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(id).append(", version ").append(shown.version()).append(" of ")
                .append(versions.size()).append(", imported ").append(Times.utc(shown.importedAt()))
                .append(" from ").append(Text.visible(shown.source())).append('\n');
        String yaml = Text.visibleLines(shown.yaml());
        text.append(yaml.endsWith("\n") ? yaml : yaml + "\n");
        text.append("# versions:\n");
        versions.forEach(v -> text.append("#   ").append(v.version()).append("  ").append(Times.utc(v.importedAt()))
                .append("  ").append(Text.visible(v.name())).append(", ").append(v.level()).append("  from ")
                .append(Text.visible(v.source())).append('\n'));
        return text.toString();
    }

    /** What delete erased, and its tombstone. */
    public static String erased(AuditService.Erased erased) {
        return "erased " + erased.id() + ": " + Text.count(erased.versions(), "version", "versions") + ", "
                + Text.count(erased.evaluations(), "evaluation", "evaluations") + ", "
                + Text.count(erased.decisions(), "decision", "decisions") + "; tombstone by "
                + Text.visible(erased.tombstone().erasedBy()) + " at " + Times.utc(erased.tombstone().erasedAt())
                + " — reason: " + Text.visible(erased.tombstone().reason());
    }
}
