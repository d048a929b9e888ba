package org.concordance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and its subfolders ({@code serve --watch}) and, once the files have
 * been quiet for a moment (an editor's save often writes several), runs {@code onChange} on its own
 * thread: one refresh at a time, never two at once, and another after it if files changed while it
 * ran. Folders created later are watched too, and so is the content folder itself when it is
 * removed and made again (a copy put back in its place): its parent folder is watched for it.
 */
final class ContentWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
    /** How long the files must be quiet before the content is read again. */
    static final long QUIET_MILLIS = 300;
    /** Set once the watcher is closed: a refresh failing after it was interrupted, not broken. */
    private volatile boolean closed;

    private final Path root;
    private final Runnable onChange;
    private final WatchService watcher;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "concordance-reingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread listener;
    /** The content folder's parent, watched only for the content folder coming back; empty at the top of the file system. */
    private final Optional<WatchKey> parent;
    private ScheduledFuture<?> pending;

    private ContentWatcher(Path root, Runnable onChange) throws IOException {
        this.root = root;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.parent = watchParent(root);
        this.listener = new Thread(this::listen, "concordance-watch");
        listener.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code onChange} runs after each burst of changes. */
    static ContentWatcher start(Path root, Runnable onChange) {
        try {
            ContentWatcher watcher = new ContentWatcher(Objects.requireNonNull(root, "root").toAbsolutePath(),
                    Objects.requireNonNull(onChange, "onChange"));
            watcher.listener.start();
            LOG.info("watching {} for changes", watcher.root);
            return watcher;
        } catch (IOException e) {
            throw new StartupException("Cannot watch the content folder " + root + " for changes (" + e.getMessage()
                    + "); start without --watch.");
        }
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        } catch (UncheckedIOException e) { // the walk's own way of failing midway
            throw e.getCause();
        }
    }

    /**
     * {@link #registerTree} for a folder that appeared while watching: one that cannot be watched
     * (gone again, a link looping) is said once in the log, and the rest is watched on.
     */
    private void registerAppeared(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            LOG.warn("cannot watch {} for changes: {}", folder, e);
        }
    }

    private Optional<WatchKey> watchParent(Path folder) {
        Path above = folder.getParent();
        if (above == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(above.register(watcher, StandardWatchEventKinds.ENTRY_CREATE));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot watch {} for the content folder to come back", above, e);
            return Optional.empty();
        }
    }

    private void listen() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean changed = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Path name = event.context() instanceof Path path ? path : null;
                    if (parent.isPresent() && key == parent.get()) {
                        // Only the content folder made again counts: the parent may be a busy folder (a home, /tmp).
                        if (name != null && name.equals(root.getFileName()) && Files.isDirectory(root)) {
                            LOG.info("the content folder {} is there again; watching it", root);
                            registerAppeared(root);
                            changed = true;
                        }
                        continue;
                    }
                    changed = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && name != null) {
                        Path created = ((Path) key.watchable()).resolve(name);
                        if (Files.isDirectory(created)) {
                            registerAppeared(created);
                        }
                    }
                }
                if (!key.reset() && root.equals(key.watchable())) {
                    LOG.warn("the content folder {} is gone; the library served stays, and watching resumes when the folder is "
                            + "there again", root);
                }
                if (changed) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        } catch (RuntimeException e) {
            LOG.error("stopped watching {} for changes; restart the app to watch again", root, e);
        }
    }

    /** Runs the refresh once the files have been quiet for {@link #QUIET_MILLIS}; a newer change restarts the wait. */
    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::refresh, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        // Folders are watched again first (watching one twice is watching it once): a folder made while
        // its parent was being registered (a content folder put back with `cp -r`) gives no event, and
        // without this its edits would go unnoticed until another folder changed.
        if (Files.isDirectory(root)) {
            registerAppeared(root);
        }
        try {
            onChange.run();
        } catch (RuntimeException e) {
            if (closed) {
                // The app is stopping: the refresh was interrupted, which is no failure of the content.
                LOG.info("stopped while re-reading {}; the next start reads what changed", root);
                return;
            }
            LOG.error("re-reading {} failed; the last library published stays served", root, e);
        } catch (OutOfMemoryError e) {
            // Thrown on this worker, it would end in its future unseen; the app serves on.
            LOG.error("re-reading {} ran out of memory ({}); the library served may not be written to the catalog or "
                    + "kept for the next start, which then reads the content again. Give the app a larger heap (-Xmx).",
                    root, e.getMessage());
        } catch (StackOverflowError e) {
            // Content nested past what reading it can follow, in a part no check limits: said, not lost in the future.
            LOG.error("re-reading {} ran out of stack: some content nests too deeply to be read (run the check command"
                    + " to find it); the last library published stays served", root);
        }
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
        worker.shutdownNow();
    }
}
