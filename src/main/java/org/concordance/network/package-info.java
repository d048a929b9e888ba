/**
 * The alliance network: the relations between organizations that the texts state (read from
 * content), as a JGraphT graph with each organization's figures (degree, betweenness, eigenvector
 * centrality, connected component), the hubs ranked, a layout computed once and the same for the
 * same content, the map as SVG, and the exports (GraphML and GEXF through jgrapht-io, a CSV edge
 * list). Depends on {@code content} only; the web layer shows it.
 */
package org.concordance.network;
