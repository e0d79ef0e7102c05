package dev.sreladder.system;

import javax.sql.DataSource;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.jline.PromptProvider;

import dev.sreladder.evaluation.CoverageCount;
import dev.sreladder.evaluation.CurrentRules;
import dev.sreladder.evaluation.EvaluationService;
import dev.sreladder.evaluation.RuleCompiler;
import dev.sreladder.evaluation.RuleImpact;
import dev.sreladder.evaluation.RuleSources;
import dev.sreladder.evaluation.RuleWorkbench;
import dev.sreladder.evaluation.SampleTests;
import dev.sreladder.planning.PlanningService;
import dev.sreladder.profile.ProfileLoader;
import dev.sreladder.profile.ProfileReader;
import dev.sreladder.storage.AuditTrail;
import dev.sreladder.storage.Database;
import dev.sreladder.storage.H2CloseOnExitOff;
import dev.sreladder.storage.StoredProfiles;

/** Wires the Spring-free domain into the application. */
@Configuration(proxyBeanMethods = false)
class LadderConfiguration {

    @Bean
    ProfileReader profileReader() {
        return new ProfileReader();
    }

    @Bean
    RuleCompiler ruleCompiler() {
        return new RuleCompiler();
    }

    /** The rules, compiling since main began (see EarlyStart), or on first use for commands without rules. */
    @Bean
    CurrentRules currentRules(@Value("${ladder.rules-dir:}") String rulesDir, RuleCompiler compiler) {
        return EarlyStart.rulesFor(rulesDir, compiler);
    }

    @Bean
    RuleWorkbench ruleWorkbench(CurrentRules rules, RuleCompiler compiler) {
        return new RuleWorkbench(rules, compiler);
    }

    @Bean
    SampleTests sampleTests(CurrentRules rules, ProfileLoader loader) {
        return new SampleTests(rules, loader);
    }

    @Bean
    CoverageCount coverageCount(CurrentRules rules, ProfileLoader loader) {
        return new CoverageCount(rules, loader);
    }

    @Bean
    RuleImpact ruleImpact(CurrentRules rules, RuleCompiler compiler, ProfileLoader loader) {
        return new RuleImpact(rules, compiler, loader);
    }

    /** A stop (Ctrl-C) closes the database after the unit of work in flight, not H2's own hook. */
    @Bean
    static H2CloseOnExitOff h2CloseOnExitOff() {
        return new H2CloseOnExitOff();
    }

    /** Creating it opens nothing: the database is opened and migrated on first use. */
    @Bean
    Database database(DataSource dataSource, @Value("${spring.datasource.url}") String url) {
        return new Database(dataSource, url);
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
    PlanningService planningService(ProfileLoader loader, CurrentRules rules) {
        return new PlanningService(loader, rules);
    }

    @Bean
    PromptProvider promptProvider() {
        return () -> new AttributedString("sre-ladder:> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
