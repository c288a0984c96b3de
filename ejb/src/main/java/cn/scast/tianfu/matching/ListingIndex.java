package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of matchable listings. It is a cache of the database: {@link #rebuild} reloads it
 * from scratch, {@link #upsert}/{@link #delete} keep it in step with single changes.
 *
 * <p>Thread-safe: any number of threads may search and write at once. A search always sees every write
 * that completed before it started (the searcher is refreshed on demand), so callers need not call
 * {@link #refresh()} themselves; {@link #commit()} is only about durability across restarts.
 */
public final class ListingIndex implements AutoCloseable {
    @FunctionalInterface
    interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Incremented after each write; a search refreshes when the searcher is older than the last write. */
    private final AtomicLong writeGeneration = new AtomicLong();
    private volatile long visibleGeneration;
    /** Writes share the lock; rebuild takes it alone so a half-rebuilt index is never mixed with single updates. */
    private final ReentrantReadWriteLock rebuildLock = new ReentrantReadWriteLock();
    /**
     * Single changes since the segments were last merged down. Applied one by one (a city's file through the outbox),
     * a million changes leave many segments behind, and every search pays per segment: 18 segments of a million
     * listings took 41.6 ms a match where 6 or fewer took 29.7 (thread CPU time, same index merged).
     */
    private final AtomicLong changesSinceCompaction = new AtomicLong();
    /** Segments left by {@link #compactAfterBulkChanges}: fewer gain nothing measurable, more cost every search. */
    static final int COMPACT_TO_SEGMENTS = 5;
    /** Changes that make a merge worth its cost at the least (rewriting the index: about 10 s of a core per million listings). */
    static final long COMPACT_AFTER_CHANGES = 100_000;

    private ListingIndex(Directory directory) throws IOException {
        this(directory, new TieredMergePolicy());
    }

    private ListingIndex(Directory directory, MergePolicy mergePolicy) throws IOException {
        this.directory = directory;
        // Words by smartcn; the bigram fields by CJKAnalyzer (overlapping CJK bigrams, other scripts as words).
        Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        this.analyzer = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of(
                ListingDocument.indexed(ListingDocument.GRAMS, MarketSide.SUPPLY), bigrams,
                ListingDocument.indexed(ListingDocument.GRAMS, MarketSide.DEMAND), bigrams));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setMergePolicy(mergePolicy);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index persisted under the given folder (created if missing), reopened on restart. */
    public static ListingIndex open(Path path) throws IOException {
        return new ListingIndex(FSDirectory.open(path));
    }

    /** As {@link #open(Path)} with another merge policy (tests that must see segments pile up). */
    static ListingIndex open(Path path, MergePolicy mergePolicy) throws IOException {
        return new ListingIndex(FSDirectory.open(path), mergePolicy);
    }

    /** A heap-only index, for tests and for deployments that rebuild on every start. */
    public static ListingIndex inMemory() {
        try {
            return new ListingIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces the listing. A listing that is not published is removed instead, so the caller can
     * forward every change of a listing here without checking its status.
     */
    public void upsert(MatchableListing listing) throws IOException {
        rebuildLock.readLock().lock();
        try {
            if (listing.isMatchable()) {
                writer.updateDocument(ListingDocument.key(listing.side(), listing.id()), ListingDocument.toDocument(listing));
            } else {
                writer.deleteDocuments(ListingDocument.key(listing.side(), listing.id()));
            }
            changesSinceCompaction.incrementAndGet();
            writeGeneration.incrementAndGet();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Removes the listing with this id on the given side (ids of the two sides may overlap). */
    public void delete(MarketSide side, long id) throws IOException {
        rebuildLock.readLock().lock();
        try {
            writer.deleteDocuments(ListingDocument.key(side, id));
            changesSinceCompaction.incrementAndGet();
            writeGeneration.incrementAndGet();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Removes the listing with this id on either side; for ids drawn from one sequence shared by both sides. */
    public void delete(long id) throws IOException {
        rebuildLock.readLock().lock();
        try {
            writer.deleteDocuments(ListingDocument.key(MarketSide.SUPPLY, id), ListingDocument.key(MarketSide.DEMAND, id));
            changesSinceCompaction.incrementAndGet();
            writeGeneration.incrementAndGet();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /**
     * Replaces the whole content with the given listings (non-published ones are skipped) and commits.
     * Searches running meanwhile keep seeing the previous content until the new one is complete.
     * Documents are analysed on all cores because Chinese segmentation dominates indexing time.
     *
     * @return the number of listings indexed
     */
    public long rebuild(Iterable<MatchableListing> listings) throws IOException {
        rebuildLock.writeLock().lock();
        try {
            writer.deleteAll();
            Iterator<MatchableListing> source = listings.iterator();
            AtomicLong indexed = new AtomicLong();
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "listing-index-rebuild");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Void>> workers = new java.util.ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    workers.add(pool.submit(() -> {
                        while (true) {
                            MatchableListing next;
                            synchronized (source) {
                                if (!source.hasNext()) {
                                    return null;
                                }
                                next = source.next();
                            }
                            if (next.isMatchable()) {
                                writer.updateDocument(ListingDocument.key(next.side(), next.id()), ListingDocument.toDocument(next));
                                indexed.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<Void> worker : workers) {
                    worker.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("rebuild interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException("rebuild failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
            changesSinceCompaction.set(0);
            writeGeneration.incrementAndGet();
            writer.commit();
            refresh();
            return indexed.get();
        } finally {
            rebuildLock.writeLock().unlock();
        }
    }

    /**
     * After a bulk of single changes (at least {@code minimum} since the last time, and at least half as many as the
     * index holds, so that merges while a large file still streams in rewrite the index a bounded number of times),
     * merges the index down to {@link #COMPACT_TO_SEGMENTS} segments and lets searches see the merged ones. Searches
     * go on meanwhile; the caller waits for the merge. Returns whether it merged.
     */
    public boolean compactAfterBulkChanges(long minimum) throws IOException {
        long changes = changesSinceCompaction.get();
        if (changes < minimum || changes < count() / 2) {
            return false;
        }
        rebuildLock.readLock().lock();
        try {
            changesSinceCompaction.set(0);
            writer.forceMerge(COMPACT_TO_SEGMENTS);
            writeGeneration.incrementAndGet();
            refreshLocked();
            return true;
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    /** Number of segments searches currently go through (each one costs every search a little). */
    int segmentCount() throws IOException {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** Makes all completed writes durable; call after a batch of changes or periodically. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Makes all completed writes visible to searches now (searches would otherwise do it on demand). */
    public void refresh() throws IOException {
        rebuildLock.readLock().lock();
        try {
            refreshLocked();
        } finally {
            rebuildLock.readLock().unlock();
        }
    }

    private void refreshLocked() throws IOException {
        long generation = writeGeneration.get();
        searchers.maybeRefreshBlocking();
        synchronized (this) {
            if (generation > visibleGeneration) {
                visibleGeneration = generation;
            }
        }
    }

    /** Number of listings a search can currently find. */
    public int count() throws IOException {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Number of listings on one side. */
    public int count(MarketSide side) throws IOException {
        return withSearcher(s -> s.count(new TermQuery(new Term(ListingDocument.SIDE, side.name()))));
    }

    Analyzer analyzer() {
        return analyzer;
    }

    <T> T withSearcher(SearchFunction<T> search) throws IOException {
        // While a rebuild holds the lock, keep serving the previous snapshot rather than a half-loaded index.
        if (visibleGeneration < writeGeneration.get() && rebuildLock.readLock().tryLock()) {
            try {
                refreshLocked();
            } finally {
                rebuildLock.readLock().unlock();
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits pending writes so a persistent index reopens with them. */
    @Override
    public void close() throws IOException {
        try (directory; analyzer; writer; searchers) {
            if (writer.isOpen()) {
                writer.commit();
            }
        }
    }
}
