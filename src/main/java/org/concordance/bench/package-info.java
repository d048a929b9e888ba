/**
 * Benchmarks and the data they run on, apart from what the app serves: a generator that writes a
 * large library as content files, and the commands that measure ingest, start-up, pages and search
 * on it; and {@link org.concordance.bench.StartTraining}, the training run the build makes the
 * class-data archive with. Nothing here is used by the app; nothing the app serves depends on this
 * package.
 */
package org.concordance.bench;
