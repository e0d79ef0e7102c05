package dev.sreladder.profile;

/**
 * What the engineer did over the review period (12 months). Component names are the profile
 * file's keys; all are whole counts except {@code handsOnIncidentShare}, a share from 0 to 1.
 */
public record Evidence(
        int incidentsAsPrimary,
        int incidentsCommanded,
        int postmortemsLed,
        int toilAutomated,
        int servicesOwned,
        int slosDefined,
        int iacReviews,
        int gameDays,
        int designDocs,
        int redesignsProposed,
        int crossTeamInitiatives,
        int leadershipPresentations,
        int mentees,
        int engineersEnabled,
        int incidentClassesEliminated,
        double handsOnIncidentShare) {
}
