package dev.sreladder.profile;

/**
 * Ratings on the 0..4 scale: 0 no evidence, 1 learning, 2 developing, 3 proficient, 4 leading.
 * Component names are the profile file's keys.
 */
public record Competencies(
        int incidentResponse,
        int observability,
        int automation,
        int serviceOwnership,
        int slos,
        int infrastructureAsCode,
        int productionDebugging,
        int capacityPlanning,
        int resilienceTesting,
        int crossTeamInfluence,
        int mentoring,
        int platformBuilding,
        int incidentLearning,
        int technicalVision,
        int writing,
        int stayingCurrent,
        int customerEmpathy) {
}
