package org.concordance.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;

/**
 * The relations' share of the catalog (tables from {@code V5__relations.sql}): each relation with
 * its concepts and evidence. Works inside the caller's transaction and never commits.
 */
final class RelationTables {
    private RelationTables() {
    }

    /** Deletes the relations; run before the glossary and documents they refer to are deleted. */
    static void clear(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM relation_evidence");
            statement.executeUpdate("DELETE FROM relation_concept");
            statement.executeUpdate("DELETE FROM relation");
        }
    }

    /** Writes the library's relations; the documents and the glossary must already be written. */
    static void write(Connection connection, Library library) throws SQLException {
        try (PreparedStatement relation = connection.prepareStatement("""
                INSERT INTO relation (id, position, from_slug, to_slug, type, directed, when_text)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
                PreparedStatement concept = connection.prepareStatement(
                        "INSERT INTO relation_concept (relation_id, position, concept_slug) VALUES (?, ?, ?)");
                PreparedStatement evidence = connection.prepareStatement("""
                        INSERT INTO relation_evidence (relation_id, position, quote, document_slug, anchor)
                        VALUES (?, ?, ?, ?, ?)""")) {
            int position = 0;
            for (Relation item : library.relations()) {
                relation.setString(1, item.id());
                relation.setInt(2, position++);
                relation.setString(3, item.from());
                relation.setString(4, item.to());
                relation.setString(5, item.type().code());
                relation.setBoolean(6, item.directed());
                relation.setString(7, item.when().orElse(null));
                relation.addBatch();
                for (int i = 0; i < item.concepts().size(); i++) {
                    concept.setString(1, item.id());
                    concept.setInt(2, i);
                    concept.setString(3, item.concepts().get(i));
                    concept.addBatch();
                }
                for (int i = 0; i < item.evidence().size(); i++) {
                    Quotation quote = item.evidence().get(i);
                    evidence.setString(1, item.id());
                    evidence.setInt(2, i);
                    evidence.setString(3, quote.text());
                    evidence.setString(4, quote.document());
                    evidence.setString(5, quote.anchor());
                    evidence.addBatch();
                }
            }
            relation.executeBatch();
            concept.executeBatch();
            evidence.executeBatch();
        }
    }

    /** Reads back what {@link #write} wrote, in the same order. */
    static List<Relation> read(Connection connection) throws SQLException {
        Map<String, List<String>> concepts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT relation_id, concept_slug FROM relation_concept ORDER BY relation_id, position")) {
            while (rows.next()) {
                concepts.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        Map<String, List<Quotation>> evidence = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT relation_id, quote, document_slug, anchor FROM relation_evidence
                        ORDER BY relation_id, position""")) {
            while (rows.next()) {
                evidence.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(new Quotation(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        List<Relation> relations = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, from_slug, to_slug, type, directed, when_text FROM relation ORDER BY position")) {
            while (rows.next()) {
                String id = rows.getString("id");
                RelationType type = RelationType.fromCode(rows.getString("type"))
                        .orElseThrow(() -> new IllegalStateException("unknown relation type in catalog: " + id));
                relations.add(new Relation(rows.getString("from_slug"), rows.getString("to_slug"), type,
                        rows.getBoolean("directed"), Optional.ofNullable(rows.getString("when_text")),
                        concepts.getOrDefault(id, List.of()), evidence.getOrDefault(id, List.of())));
            }
        }
        return relations;
    }
}
