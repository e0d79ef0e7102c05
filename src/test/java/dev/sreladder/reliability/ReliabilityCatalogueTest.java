package dev.sreladder.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the reliability and security issue, and the test that asserts its exact outcome.
 * Cases first tested beside the code they exercise stay there; this table points to them and
 * fails when a test it names is renamed or removed, so the list cannot silently rot.
 */
class ReliabilityCatalogueTest {

    private static final String PROFILE = "dev.sreladder.profile.ProfileReaderTest";
    private static final String HOSTILE = "dev.sreladder.reliability.HostileInputTest";
    private static final String EVALUATE = "dev.sreladder.shell.EvaluateCommandTest";

    static Stream<Arguments> cases() {
        return Stream.of(
                // Bad input
                the("unknown key, with 'did you mean'", PROFILE + "$UnknownAndDuplicateKeys",
                        "shouldNameAnUnknownCompetencyItsLineAndTheClosestKey"),
                the("duplicate key", PROFILE + "$UnknownAndDuplicateKeys", "shouldRejectAKeyGivenTwice"),
                the("level: 3", PROFILE + "$WrongTypesAndRanges", "shouldRejectANumberAsLevel"),
                the("rating 2.5", PROFILE + "$WrongTypesAndRanges", "shouldRejectAFractionalRating"),
                the("rating \"three\"", PROFILE + "$WrongTypesAndRanges", "shouldRejectARatingWrittenAsText"),
                the("out-of-range value", PROFILE + "$WrongTypesAndRanges", "shouldRejectARatingAboveFour"),
                the("negative count", PROFILE + "$WrongTypesAndRanges", "shouldRejectANegativeCount"),
                the("yearsInLevel: .nan", PROFILE + "$WrongTypesAndRanges", "shouldRejectNotANumberForYearsInLevel"),
                the("missing name", PROFILE + "$MissingAndInconsistent", "shouldRequireAName"),
                the("missing level", PROFILE + "$MissingAndInconsistent", "shouldRequireALevel"),
                the("unknown level", PROFILE + "$MissingAndInconsistent",
                "shouldSuggestTheClosestLevelForAnUnknownOne"),
                the("target below level", PROFILE + "$MissingAndInconsistent", "shouldRejectATargetBelowTheLevel"),
                the("empty file, YAML list or scalar, several documents, 10,000 levels of nesting, "
                        + "alias bomb, !!javax.script.ScriptEngineManager, id with ../, 100,000-character name",
                        HOSTILE, "shouldRefuseABadFileInOneLineWithItsLineAndStoreNothing"),
                the("malformed YAML", PROFILE + "$MalformedAndHostileFiles", "shouldRejectMalformedYamlAtItsLine"),
                the("non-UTF-8 bytes", PROFILE + "$MalformedAndHostileFiles",
                "shouldRejectBytesThatAreNotUtf8AtTheirLine"),
                the("UTF-8 BOM accepted", PROFILE + "$ValidProfiles", "shouldAcceptAUtf8ByteOrderMark"),
                the("file over 256 KiB", PROFILE + "$MalformedAndHostileFiles", "shouldRejectAFileOver256KiB"),
                the("yes/no/on where text is expected: text under YAML 1.2", HOSTILE,
                        "shouldReadYesNoAndOnAsTextUnderYaml12"),
                the("a directory as REF", HOSTILE + "$References", "shouldRefuseAFolderWhereOneProfileIsNeeded"),
                the("an empty directory as REF", HOSTILE + "$References", "shouldRefuseAFolderWithoutProfiles"),
                the("a missing path as REF", HOSTILE + "$References", "shouldRefuseAMissingPath"),
                the("a symlink loop in a folder", HOSTILE + "$References",
                "shouldReportASymlinkLoopInAFolderAndImportTheRest"),
                the("a file that cannot be read (skipped as root)", HOSTILE + "$References",
                "shouldRefuseAFileItMayNotRead"),
                the("a stored id with ../", HOSTILE + "$References", "shouldRefuseAStoredIdThatClimbsOutOfItsPlace"),
                the("personal data never echoed", HOSTILE, "shouldNotEchoPersonalDataFromALineItRefuses"),
                the("unknown command", HOSTILE + "$CommandLines", "shouldRefuseAnUnknownCommand"),
                the("unknown option", HOSTILE + "$CommandLines", "shouldRefuseAnUnknownOption"),
                the("missing option value", HOSTILE + "$CommandLines", "shouldRefuseAnOptionWithoutItsValue"),
                the("bad --format", HOSTILE + "$CommandLines", "shouldRefuseAnUnknownFormat"),
                the("bad command lines from the jar, exit 1", "dev.sreladder.shell.OneShotJarIT",
                        "shouldExitOneForAnUnknownCommandOrOption"),
                the("bad input: nothing on stdout", EVALUATE + "$BadInput", "shouldPrintNothingOnStdoutForABadFile"),
                // Hostile text (issue 15)
                the("control characters in a name or notes (ESC, NUL, C1, bidi override, CR), a name of 1001 emoji, "
                        + "a letter under 8000 combining marks, notes of 20,001 characters",
                        HOSTILE, "shouldRefuseABadFileInOneLineWithItsLineAndStoreNothing"),
                the("newlines and tabs in notes; an emoji family counts as one character", HOSTILE,
                        "shouldAcceptLineBreaksAndTabsInNotesAndCountAnEmojiAsOneCharacter"),
                the("decide --reason with a control character or over 2000 characters", HOSTILE,
                        "shouldRefuseAReasonWithAControlCharacterOrOverTheLimitAndStoreNothing"),
                the("control characters already in the database: escaped in profiles, show, history", HOSTILE,
                        "shouldShowControlCharactersThatReachedTheDatabaseAnywayEscapedInTextOutput"),
                the("control characters in a name or reason: escaped in the Markdown and CSV reports",
                        "dev.sreladder.report.ReportRenderersTest$Markdown",
                        "shouldShowControlCharactersInANameOrAReasonEscapedAndNeverForgeALine"),
                the("a name of 1000 emoji and a reason of 2000 stored, a NUL refused, on H2 and PostgreSQL",
                        "dev.sreladder.audit.StorageFlowTest",
                        "shouldStoreANameAndAReasonAtTheLimitInEmojiAndRefuseANul"),
                // Faults: rules
                the("DRL that fails to compile", "dev.sreladder.rules.RuleCompilerTest",
                        "shouldRefuseTheWholeSetAndNameFileAndLineOfASyntaxError"),
                the("DRL with a missing type", "dev.sreladder.rules.RuleCompilerTest",
                "shouldNameAnUnknownFactType"),
                the("a rule whose then throws: named, no verdict recorded", "dev.sreladder.reliability.RuleFaultsTest",
                        "shouldNameTheRuleWhoseThenThrowsAndRecordNoVerdict"),
                the("a rule that loops forever: bounded, no verdict recorded",
                "dev.sreladder.reliability.RuleFaultsTest",
                        "shouldStopARuleThatLoopsForeverWithinTheFiringLimitAndRecordNoVerdict"),
                the("a forbidden call rejected by the lint", "dev.sreladder.shell.RulesCommandsTest$Validate",
                        "shouldNameFileAndLineOfEachKindOfMistakeAndExitOne"),
                the("a reload racing evaluations", "dev.sreladder.rules.RuleReloadTest",
                        "shouldGiveEveryEvaluationOneWholeRuleSetWhileReloadsRunOnAnotherThread"),
                the("a failed reload changes nothing", "dev.sreladder.rules.RuleReloadTest",
                        "shouldKeepServingTheSameRulesWhenAReloadFails"),
                // Faults: storage
                the("kill -9 during writes, in a loop", "dev.sreladder.database.StorageJarIT",
                        "shouldKeepEveryReportedImportWhenKilledMidwayAgainAndAgain"),
                the("Ctrl-C during a folder import", "dev.sreladder.reliability.ReliabilityJarIT",
                        "shouldStopCleanlyOnCtrlCDuringAFolderImportAndKeepEveryReportedProfileWhole"),
                the("a second process on the same database", "dev.sreladder.database.StorageJarIT",
                        "shouldTellASecondProcessTheDatabaseIsInUseAndLeaveTheFirstUnaffected"),
                the("a read-only database", "dev.sreladder.reliability.StorageFaultsTest",
                        "shouldRefuseToWriteAReadOnlyDatabaseWithOneLine"),
                the("a folder the database cannot be written in", "dev.sreladder.reliability.StorageFaultsTest",
                        "shouldRefuseAFolderItCannotWriteAtOnce"),
                the("a corrupt database file", "dev.sreladder.database.DatabaseTest",
                "shouldNameACorruptFileAndNeverReplaceIt"),
                the("an edited migration", "dev.sreladder.database.DatabaseTest",
                        "shouldRefuseADatabaseWhoseAppliedMigrationWasEdited"),
                the("the connection lost mid-import: one line, what is stored, the one in flight in doubt",
                        "dev.sreladder.reliability.ConnectionLossTest",
                        "shouldSayInOneLineWhatIsStoredWhenTheConnectionIsLostMidImport"),
                the("the connection lost mid-statement, the rollback failing after it (PostgreSQL stopped)",
                        "dev.sreladder.reliability.ConnectionLossTest",
                        "shouldNameTheLostConnectionAndNotTheRollbackThatFailedAfterIt"),
                the("the connection lost on the first profile", "dev.sreladder.reliability.ConnectionLossTest",
                        "shouldSayTheFirstProfileMayOrMayNotBeStoredWhenTheConnectionIsLostOnIt"),
                the("a database that cannot be reached: one line, exit 1",
                "dev.sreladder.reliability.ConnectionLossTest",
                        "shouldSayTheDatabaseCannotBeReachedWhenItIsGoneBeforeTheCommand"),
                the("a database migrated by a newer build", "dev.sreladder.reliability.StorageFaultsTest",
                        "shouldRefuseADatabaseMigratedByANewerBuildUpFront"),
                the("a failed migration, now and left by an earlier run", "dev.sreladder.reliability.StorageFaultsTest",
                        "shouldReportAFailedMigrationAsFailedNotAsEdited"),
                the("an idle shell does not lock out a colleague's one-shot", "dev.sreladder.database.StorageJarIT",
                        "shouldLetAOneShotUseTheDatabaseWhileAShellSitsIdleAtItsPrompt"),
                the("a bad file in a folder import stores nothing of it", "dev.sreladder.audit.StorageFlowTest",
                        "shouldStoreNothingOfABadFileInAFolderImport"),
                // Output
                the("stdout closed early (| head -1)", "dev.sreladder.reliability.ReliabilityJarIT",
                        "shouldStopQuietlyWhenTheReaderClosesStdoutEarly"),
                the("very long names", HOSTILE, "shouldRenderTheLongestNameStorageKeepsWithoutBreakingTheOutput"),
                // Security
                the("no open port while the shell runs; no history in the working directory",
                        "dev.sreladder.reliability.ReliabilityJarIT",
                        "shouldOpenNoPortAndWriteNoHistoryWhileTheShellRuns"),
                the("database files 0600 in a 0700 folder", "dev.sreladder.database.DatabaseTest",
                        "shouldCreateAPrivateFolderAndOwnerOnlyFilesOnFirstUse"),
                the("no stored values quoted in a database error", "dev.sreladder.reliability.StorageFaultsTest",
                        "shouldNotQuoteStoredValuesInAnInternalDatabaseError"),
                // Issue 22: inputs
                the(".nan, -.inf, .NaN ratings; 5,000-deep nesting; a lone surrogate in a name; ids - and ---",
                        "dev.sreladder.profile.InputAttacksTest", "shouldRefuseEachAttackFileInOneClearLine"),
                the("a profile linked to /etc/shadow: no line quoted back", "dev.sreladder.profile.InputAttacksTest",
                        "shouldNeverQuoteTheLinesOfAFileLinkedToShadow"),
                the("a FIFO as a profile, refused without opening it", "dev.sreladder.profile.InputAttacksTest",
                        "shouldRefuseAFifoWithoutOpeningIt"),
                the("a FIFO and a device in a folder", "dev.sreladder.profile.InputAttacksTest",
                        "shouldRefuseADeviceAndAFifoFoundInAFolder"),
                the("U+FFFD from a bad encoding", "dev.sreladder.profile.InputAttacksTest",
                        "shouldRefuseReplacementCharacters"),
                the("--target '' and --format=", HOSTILE + "$CommandLines", "shouldRefuseAnEmptyOptionValue"),
                the("--reason with a lone surrogate", HOSTILE + "$CommandLines",
                        "shouldRefuseAReasonWithHalfACharacterOrAReplacementCharacter"),
                the("java -jar sre-ladder.jar <&-: the shell ends at once, exit 0", "dev.sreladder.shell.ShellJarIT",
                        "shouldEndAtOnceWithExitZeroWhenStandardInputIsClosed"),
                the("the shell fed through a pipe: no colour, no JLine warning", "dev.sreladder.shell.ShellJarIT",
                        "shouldPrintNeitherColourNorATerminalWarningWhenTheShellIsFedThroughAPipe"),
                // Issue 22: writes
                the("report --out a device (a copy of /dev/full): refused, left a device",
                        "dev.sreladder.shell.ReportCommandTest", "shouldRefuseADeviceAsOutInOneLineAndLeaveItADevice"),
                the("report --out a device", "dev.sreladder.report.ReportFileTest",
                        "shouldRefuseADeviceAndLeaveItADevice"),
                the("report --out a FIFO", "dev.sreladder.report.ReportFileTest",
                        "shouldRefuseANamedPipeWithoutOpeningIt"),
                the("report --out a link to a device or a folder", "dev.sreladder.report.ReportFileTest",
                        "shouldRefuseALinkToADeviceOrAFolderAndKeepTheLink"),
                the("report --out a link to a file: the link stays", "dev.sreladder.report.ReportFileTest",
                        "shouldReplaceTheFileALinkNamesAndKeepTheLink"),
                the("report --out: the packet is 0600", "dev.sreladder.report.ReportFileTest",
                        "shouldKeepTheReportReadableByItsOwnerOnly"),
                the("report --out x.xml, report.md --format csv", "dev.sreladder.shell.ReportCommandTest",
                        "shouldRefuseAnOutFileWhoseExtensionDoesNotMatchTheFormat"),
                the("a full disk during an import: one line, the import stops (tmpfs; skipped without mount)",
                        "dev.sreladder.reliability.FullDiskTest",
                        "shouldSayInOneLineThatTheDiskIsFullAndStopTheImport"),
                // Issue 22: audit
                the("a decision inserted behind the tool's back", FORGED, "shouldCatchAnInsertedDecision"),
                the("a tombstone inserted behind the tool's back", FORGED, "shouldCatchAnInsertedTombstone"),
                the("stored rule files edited: verify names the record, replay is exit 1", FORGED,
                        "shouldCatchEditedRuleFilesAndRefuseToReplayThemWithOneLine"),
                the("the tail cut off and the head rewound", FORGED,
                        "shouldCatchACutTailOnlyByAHeadKeptOutsideTheDatabase"),
                the("the packet prints the head it was made at, and audit verify --head takes it",
                        "dev.sreladder.shell.ReportCommandTest",
                        "shouldPrintTheHeadOfTheAuditTrailItWasMadeAtInEveryFormatAsAuditVerifyPrintsIt"),
                the("a remembered head file of garbage: one line, exit 1, nothing stored", REMEMBERED,
                        "shouldRefuseAHeadFileOfGarbageInOneLineWithTheFixAndStoreNothing"),
                the("a named pipe as the remembered head file: refused without waiting", REMEMBERED,
                        "shouldRefuseANamedPipeInPlaceOfTheHeadFileWithoutWaitingOnIt"),
                the("the remembered head 0600 in a 0700 folder", REMEMBERED,
                        "shouldKeepTheHeadInAPrivateFileInAPrivateFolderAndMakeALooseOnePrivateAgain"),
                the("a database of release 119d1d6: whole after adoption, with the pinned head",
                        "dev.sreladder.audit.Release119d1d6DatabaseTest",
                        "shouldFindTheChainWholeAfterAdoptingTheReleasesRuleSetsWithThePinnedHead"),
                // Issue 22: grants
                the("a member's delete: exit 1 naming the act and the grant, not 42501 (PostgreSQL)",
                        "dev.sreladder.audit.PostgresGrantsTest",
                        "shouldRefuseAMembersDeleteInOneLineNamingTheActAndTheGrant"),
                the("a member changing or deleting an audit row: refused by the database",
                        "dev.sreladder.audit.PostgresGrantsTest",
                        "shouldLetTheDatabaseRefuseAMemberChangingOrDeletingARecordedRow"),
                the("a member under the printed grants imports, evaluates, decides, verifies",
                        "dev.sreladder.audit.PostgresGrantsTest",
                        "shouldLetAMemberImportEvaluateDecideReadHistoryAndVerifyTheTrail"),
                the("an eraser erases, the trail stays whole", "dev.sreladder.audit.PostgresGrantsTest",
                        "shouldLetAnEraserEraseAndKeepTheTrailWhole"),
                the("a member on a schema behind the build: one line, not migrated",
                        "dev.sreladder.audit.PostgresGrantsTest",
                        "shouldRefuseAMemberASchemaBehindTheBuildInOneLineAndLeaveItUnmigrated"),
                the("a new statement or table no grant covers fails the build", "dev.sreladder.database.GrantsTest",
                        "shouldCoverEveryStatementAMemberRunsWithTheMembersGrants"),
                the("the erase path under the eraser's grants only", "dev.sreladder.database.GrantsTest",
                        "shouldCoverTheErasePathWithTheErasersGrantsOnly"),
                the("no grant that no statement needs", "dev.sreladder.database.GrantsTest",
                        "shouldGrantNothingNoStatementNeeds"),
                the("every migrated table known to the grants; migrations within the owner's",
                        "dev.sreladder.database.GrantsTest",
                        "shouldKnowEveryTableTheMigrationsCreateAndLetTheOwnerRunEveryMigration"),
                the("the committee suite's members under the printed grants (member-0 an eraser)",
                        "dev.sreladder.audit.CommitteeConcurrencyIT",
                        "shouldKeepEveryMembersWritesWholeAndTheTrailVerifiedInOneShotsAndInShells"),
                // Issue 22: rules
                the("a rules folder hiding code behind \\u0022 (the issue's exact string), Files, System.exit,"
                        + " loops, recursion, repeat, reflection, lambdas, new, declare, global, from: rules validate",
                        "dev.sreladder.shell.RuleAttacksTest",
                        "shouldRefuseTheAttackInRulesValidateBeforeAnyOfItRuns"),
                the("the same attacks on rules reload: refused, the rules in use kept",
                        "dev.sreladder.shell.RuleAttacksTest",
                        "shouldRefuseTheAttackInRulesReloadAndKeepTheRulesInUse"),
                the("replay of a stored rule set that fails the rule check: one line, exit 1",
                        "dev.sreladder.shell.RuleAttacksTest",
                        "shouldRefuseToReplayAStoredRuleSetThatFailsTheCheckWithOneLine"),
                the("a rule session past ladder.rule-time-limit: stopped, exit 1 naming rules and profile",
                        "dev.sreladder.rules.RuleBoundsTest",
                        "shouldStopASessionOverTheTimeLimitAndNameTheRulesAndTheProfile"),
                the("a rule that overflows the stack: exit 1 naming the rule",
                        "dev.sreladder.rules.RuleBoundsTest", "shouldNameTheRuleThatOverflowsTheStack"),
                the("a rule that exhausts memory: exit 1 naming the rule",
                        "dev.sreladder.rules.RuleBoundsTest", "shouldNameTheRuleThatExhaustsMemory"),
                the("ladder.rule-time-limit that is not a duration: one line naming the option",
                        "dev.sreladder.RuleTimeLimitTest", "shouldRefuseWhatIsNotAPositiveDurationNamingTheOption"),
                // Issue 22: database files
                the("kill -9 at moments of the first run: no database or a whole one, 0600 in 0700",
                        "dev.sreladder.database.DatabaseFileJarIT",
                        "shouldLeaveNoDatabaseOrAWholeOneWhenTheFirstRunIsKilledAtAnyMoment"),
                the("the first file migrated under its own name, named whole, 0600 from its first byte",
                        "dev.sreladder.database.NewDatabaseFileTest",
                        "shouldMigrateTheFirstFileUnderItsOwnNameAndGiveItTheRealNameWhole"),
                the("leftovers of an interrupted creation removed", "dev.sreladder.database.NewDatabaseFileTest",
                        "shouldRemoveWhatAnInterruptedCreationLeftAndNothingOfACreationStillRunning"),
                the("a half-migrated file (earlier build): one line, exit 1, delete or restore",
                        "dev.sreladder.database.HalfMigratedDatabaseTest",
                        "shouldTellAFirstRunKilledInItsThirdMigrationToDeleteTheFile"),
                the("a half-migrated file under audit verify: exit 1, one line",
                        "dev.sreladder.database.HalfMigratedAuditVerifyTest",
                        "shouldRefuseAHalfMigratedFileInOneLineUnderAuditVerify"),
                the("two imports at once: the second refused whole, nothing stored",
                        "dev.sreladder.database.DatabaseFileJarIT", "shouldRefuseASecondImportWholeWhileTheFirstRuns"),
                the("a command keeps the H2 file across a pause", "dev.sreladder.database.DatabaseFileJarIT",
                        "shouldKeepTheFileForAWholeCommandAcrossAPause"),
                the("a 0777 data folder of one's own: made 0700, said once", "dev.sreladder.database.PrivateFolderTest",
                        "shouldMakeAFolderOfTheUsersOwnThatOthersMayWritePrivateAndSaySoOnce"),
                the("a data folder linked to a 0755 folder: refused, left as it is",
                        "dev.sreladder.database.PrivateFolderTest",
                        "shouldRefuseASymbolicLinkToAFolderOthersMayReadAndLeaveTheFolderAsItIs"),
                the("someone else's data folder: refused", "dev.sreladder.database.PrivateFolderTest",
                        "shouldRefuseAFolderOfSomeoneElse"));
    }

    private static final String FORGED = "dev.sreladder.audit.ForgedAuditTrailTest";
    private static final String REMEMBERED = "dev.sreladder.audit.RememberedHeadFileTest";

    private static Arguments the(String kase, String testClass, String testMethod) {
        return Arguments.of(kase, testClass, testMethod);
    }

    @ParameterizedTest(name = "{0} → {1}#{2}")
    @MethodSource("cases")
    void shouldPointEveryCaseAtATestThatExists(String kase, String testClass, String testMethod) throws Exception {
        Class<?> type = Class.forName(testClass);
        Method method = Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(testMethod))
                .findFirst().orElseThrow(() -> new AssertionError(kase + ": no " + testClass + "#" + testMethod));

        assertThat(method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class))
                .as(kase + ": " + testMethod + " is a test").isTrue();
    }
}
