package dev.sreladder.shell.render;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.sreladder.audit.EvaluationDocument;
import dev.sreladder.evaluation.Evaluation;
import dev.sreladder.evaluation.Finding;
import dev.sreladder.ladder.ProfileKey;
import dev.sreladder.profile.EvidenceItem;
import dev.sreladder.profile.Profile;
import dev.sreladder.profile.Review;

/**
 * The contract's JSON shape of an evaluation ({@code evaluate --format json}), built field by field
 * so the order is exact: the fields of audit.EvaluationDocument, the one writer of an evaluation, with what the
 * profile says for the committee before the rule set (which the stored document never holds).
 */
public final class EvaluationJson {

    public static final JsonMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().characterEscapes(new JsonEscapes()).build()).build();

    private EvaluationJson() {
    }

    public static ObjectNode of(Evaluation evaluation) {
        return EvaluationDocument.putEvaluation(MAPPER.createObjectNode(), evaluation,
                node -> putReview(node, evaluation.profile()));
    }

    /**
     * What the profile says for the committee, each part only when it gives it, so that a profile
     * using none of it prints what it always did: manager, team, the engineer's own ratings and the
     * manager's of the same competencies, and the evidence items behind counts.
     */
    private static void putReview(ObjectNode node, Profile profile) {
        Review review = profile.review();
        review.managerIfGiven().ifPresent(manager -> node.put("manager", manager));
        review.teamIfGiven().ifPresent(team -> node.put("team", team));
        Map<ProfileKey, Integer> rated = SelfRatings.of(profile);
        if (!rated.isEmpty()) {
            ObjectNode self = node.putObject("selfRatings");
            rated.forEach((key, rating) -> self.put(key.name(), rating));
            ObjectNode manager = node.putObject("managerRatings");
            rated.keySet().forEach(key -> manager.put(key.name(), (int) profile.value(key)));
        }
        if (!review.items().isEmpty()) {
            ObjectNode items = node.putObject("evidenceItems");
            for (ProfileKey key : profile.ladder().evidence()) {
                List<EvidenceItem> listed = review.items(key);
                if (!listed.isEmpty()) {
                    ArrayNode array = items.putArray(key.name());
                    listed.forEach(item -> of(array.addObject(), item));
                }
            }
        }
    }

    /** {@code {"what", "link", "when"}}: always the three, null for a link or a date not given. */
    private static void of(ObjectNode node, EvidenceItem item) {
        node.put("what", item.what());
        node.put("link", item.linkIfGiven().map(URI::toString).orElse(null));
        node.put("when", item.whenIfGiven().map(LocalDate::toString).orElse(null));
    }

    public static ObjectNode of(Finding finding) {
        return EvaluationDocument.putFinding(MAPPER.createObjectNode(), finding);
    }

    /** The evaluation as {@code evaluate --format json} prints it for a folder: one line. */
    public static String line(Evaluation evaluation) {
        return line(of(evaluation));
    }

    /** The evaluation as {@code evaluate --format json} prints it for one profile. */
    public static String pretty(Evaluation evaluation) {
        return pretty(of(evaluation));
    }

    /** A document as every command prints one on its own: indented, with the contract's escapes. */
    public static String pretty(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    /** One line of JSON: a document for a single result, a JSON Lines record for a folder. */
    static String line(ObjectNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
