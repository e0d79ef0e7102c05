package dev.sreladder;

import javax.sql.DataSource;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.shell.jline.PromptProvider;

import dev.sreladder.audit.AuditService;
import dev.sreladder.audit.AuditTrail;
import dev.sreladder.cycle.CycleService;
import dev.sreladder.audit.DatabaseGrants;
import dev.sreladder.database.Actor;
import dev.sreladder.database.Database;
import dev.sreladder.database.DatabaseUrl;
import dev.sreladder.database.H2CloseOnExitOff;
import dev.sreladder.database.RememberedHead;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleSet;
import dev.sreladder.maintenance.CoverageCount;
import dev.sreladder.maintenance.RuleImpact;
import dev.sreladder.maintenance.RuleMaintenance;
import dev.sreladder.maintenance.RuleWorkbench;
import dev.sreladder.maintenance.SampleTests;
import dev.sreladder.planning.PlanningService;
import dev.sreladder.profile.ProfileImport;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.profile.StoredProfiles;
import dev.sreladder.report.CycleCohorts;
import dev.sreladder.report.ReportCohorts;
import dev.sreladder.rules.CurrentRules;
import dev.sreladder.rules.RuleCompiler;
import dev.sreladder.rules.RulesFolder;
import dev.sreladder.shell.terminal.DataLocation;

/** Wires the Spring-free domain into the application. */
@Configuration(proxyBeanMethods = false)
// The maintainer tools: each built from its one constructor, as a bean method would only repeat.
@Import({RuleWorkbench.class, SampleTests.class, CoverageCount.class, RuleImpact.class})
class LadderConfiguration {

    @Bean
    ProfileReader profileReader() {
        return new ProfileReader();
    }

    /** Every compile and evaluation needs the compiler, so the rule time limit is applied with it. */
    @Bean
    RuleCompiler ruleCompiler(@Value("${ladder.rule-time-limit:}") String ruleTimeLimit) {
        RuleTimeLimit.apply(ruleTimeLimit);
        return new RuleCompiler();
    }

    /** The rules, compiling since main began (see EarlyStart), or on first use for commands without rules. */
    @Bean
    CurrentRules currentRules(RulesFolder folder, RuleCompiler compiler) {
        return EarlyStart.rulesFor(folder, compiler);
    }

    @Bean
    RulesFolder rulesFolder(Environment environment) {
        return RulesFolder.from(environment);
    }

    /** A stop (Ctrl-C) closes the database after the unit of work in flight, not H2's own hook. */
    @Bean
    static H2CloseOnExitOff h2CloseOnExitOff() {
        return new H2CloseOnExitOff();
    }

    /**
     * Creating it opens nothing: the database is opened and migrated on first use. Acts are
     * recorded as {@code ladder.actor}, by default the operating-system user name.
     */
    @Bean
    Database database(DataSource dataSource, @Value("${spring.datasource.url}") String url,
            @Value("${ladder.actor:}") String actor, @Value("${ladder.home}") String home,
            @Value("${ladder.one-shot:false}") boolean oneShot) {
        // The member's own copy of the chain's head, outside the database (see RememberedHead).
        Database database = new Database(dataSource, url, new Actor(actor),
                RememberedHead.in(java.nio.file.Path.of(home).toAbsolutePath(), url));
        // A one-shot command keeps the H2 file from its first use to its end; the shell lets go between commands.
        return oneShot ? database.holdingTheFileUntilClosed() : database;
    }

    @Bean
    StoredProfiles storedProfiles(Database database, ProfileReader reader) {
        return new StoredProfiles(database, reader);
    }

    @Bean
    AuditTrail auditTrail(Database database) {
        return new AuditTrail(database);
    }

    @Bean
    ProfileLoader profileLoader(ProfileReader reader, StoredProfiles storedProfiles) {
        return new ProfileLoader(reader, storedProfiles);
    }

    @Bean
    EvaluationService evaluationService(ProfileLoader loader, CurrentRules rules) {
        return new EvaluationService(loader, rules);
    }

    @Bean
    ProfileImport profileImport(ProfileLoader loader, StoredProfiles storedProfiles, CurrentRules rules) {
        return new ProfileImport(loader, storedProfiles, () -> rules.withRules(RuleSet::ladder));
    }

    @Bean
    AuditService auditService(Database database, EvaluationService evaluations, StoredProfiles storedProfiles,
            AuditTrail auditTrail, RuleCompiler compiler) {
        return new AuditService(database, evaluations, storedProfiles, auditTrail, compiler);
    }

    @Bean
    CycleService cycleService(AuditService audit, AuditTrail auditTrail, EvaluationService evaluations,
            StoredProfiles storedProfiles, RuleCompiler compiler) {
        return new CycleService(audit, auditTrail, evaluations, storedProfiles, compiler);
    }

    @Bean
    CycleCohorts cycleCohorts(CycleService cycles, AuditService audit, EvaluationService evaluations,
            StoredProfiles storedProfiles) {
        return new CycleCohorts(cycles, audit, evaluations, storedProfiles);
    }

    @Bean
    DatabaseGrants databaseGrants(@Value("${spring.datasource.url}") String url) {
        return new DatabaseGrants(url);
    }

    @Bean
    ReportCohorts reportCohorts(EvaluationService evaluations, StoredProfiles storedProfiles, AuditService audit) {
        return new ReportCohorts(evaluations, storedProfiles, audit);
    }

    @Bean
    RuleMaintenance ruleMaintenance(RuleWorkbench workbench, SampleTests sampleTests, CoverageCount coverageCount,
            RuleImpact ruleImpact, StoredProfiles storedProfiles, Database database, RulesFolder folder) {
        return new RuleMaintenance(workbench, sampleTests, coverageCount, ruleImpact, storedProfiles, database,
                folder);
    }

    @Bean
    PlanningService planningService(ProfileLoader loader, CurrentRules rules) {
        return new PlanningService(loader, rules);
    }

    /** For version: the database file or server, as DatabaseUrl shows it (no password). */
    @Bean
    DataLocation dataLocation(@Value("${spring.datasource.url}") String url) {
        return () -> new DatabaseUrl(url).where();
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("sre-ladder:> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
