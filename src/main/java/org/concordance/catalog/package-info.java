/**
 * The library's catalog in an embedded H2 database, its schema kept by Flyway: writes a whole
 * {@link org.concordance.content.Library} in one transaction and reads it back; decides at start-up
 * whether the content must be ingested again. The glossary and its mentions have their own tables
 * and JDBC in {@link org.concordance.catalog.ConceptTables}.
 */
package org.concordance.catalog;
