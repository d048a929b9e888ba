/**
 * The application: its one composition root ({@link org.concordance.App}, which reads the
 * command line and {@link org.concordance.Config}, takes the data folder and starts the server),
 * and what keeps the library served in line with the content folder: the {@link
 * org.concordance.Librarian} (read, derive, serve, keep, write to the catalog), the library the
 * last run kept ({@link org.concordance.KeptLibrary}), the editions served one after another
 * ({@link org.concordance.Editions}) and the watcher of the content folder ({@link
 * org.concordance.ContentWatcher}). It depends on every other package; only the benchmarks
 * ({@code bench}), which start the app, depend on it.
 */
package org.concordance;
