package org.concordance.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed vocabulary of relations between organizations, settled from what the texts state.
 * Each type says whether it has a direction: a province pledges to the state it joins, a trainer
 * trains, whereas rivals and partners stand side by side; an alliance has a direction only where
 * the text says which party sought it.
 */
public enum RelationType {
    ALLIANCE("alliance", "Alliance", Direction.EITHER, "allied with", "sought an alliance with",
            "A standing partnership the text calls an alliance or a partnership; directed where the text says which party sought it."),
    PROVINCE("province", "Province", Direction.DIRECTED, "", "became a province of",
            "A group that pledged allegiance (bayat) to the Islamic State’s leader and was renamed one of its provinces (wilayat)."),
    AFFILIATION("affiliation", "Affiliation", Direction.DIRECTED, "", "affiliated with",
            "A smaller group joined to a larger organization as its affiliate."),
    COOPERATION("cooperation", "Cooperation", Direction.UNDIRECTED, "cooperated with", "",
            "Groups working together (the texts say “collaborate”, “cooperative interactions”) without a named alliance."),
    TACTICAL_PARTNERSHIP("tactical-partnership", "Tactical partnership", Direction.UNDIRECTED,
            "partnered tactically with", "",
            "Cooperation for a limited, practical end between groups that do not share an ideology."),
    TRAINING("training", "Training", Direction.DIRECTED, "", "trained",
            "One group trains another in a skill, from the trainer to the trained."),
    KNOWLEDGE_TRANSFER("knowledge-transfer", "Knowledge transfer", Direction.DIRECTED, "", "passed knowledge to",
            "One group passes know-how (how to conduct an attack, say) to another, from giver to receiver."),
    RIVALRY("rivalry", "Rivalry", Direction.UNDIRECTED, "competed with", "",
            "Groups competing for power, recruits or standing: not an alliance, though it can drive each to seek allies.");

    /** Whether a relation of a type has a direction. */
    public enum Direction {
        DIRECTED, UNDIRECTED, EITHER
    }

    private final String code;
    private final String label;
    private final Direction direction;
    private final String undirectedPhrase;
    private final String directedPhrase;
    private final String meaning;

    RelationType(String code, String label, Direction direction, String undirectedPhrase, String directedPhrase,
            String meaning) {
        this.code = code;
        this.label = label;
        this.direction = direction;
        this.undirectedPhrase = undirectedPhrase;
        this.directedPhrase = directedPhrase;
        this.meaning = meaning;
    }

    /** As written in relations.yaml and in URLs ({@code knowledge-transfer}). */
    public String code() {
        return code;
    }

    /** For headings and legends ("Knowledge transfer"). */
    public String label() {
        return label;
    }

    public Direction direction() {
        return direction;
    }

    /** One sentence saying what the type means, in the library's words. */
    public String meaning() {
        return meaning;
    }

    /** The words between the two parties' names: "Hezbollah <em>passed knowledge to</em> Hamas". */
    public String phrase(boolean directed) {
        return directed ? directedPhrase : undirectedPhrase;
    }

    /**
     * Whether a relation of this type ties its parties as partners: every type but a rivalry, which
     * is a tie on the map but no partnership. The network's figures (partners, betweenness,
     * eigenvector centrality) count only these.
     */
    public boolean cooperative() {
        return this != RIVALRY;
    }

    /** Whether {@code directed} is allowed for this type. */
    public boolean allows(boolean directed) {
        return switch (direction) {
            case DIRECTED -> directed;
            case UNDIRECTED -> !directed;
            case EITHER -> true;
        };
    }

    public static Optional<RelationType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
