package cn.scast.tianfu.imports.file;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rows of another source on a thread of its own, up to {@code capacity} rows ahead, and hands them out
 * in file order exactly as that source would have: same rows, same rejected rows at the same place, same
 * {@link #position()} after each of them, same failure at the same point. The import's chunk thread then spends its
 * time validating and writing while the next rows are being decoded and split, instead of leaving the database idle
 * while it reads. The delegate is touched only by the reading thread until that thread has ended.
 */
public final class ReadAheadRowSource implements RowSource {

    private static final long POLL_MILLIS = 200;

    private final RowSource source;
    private final List<String> header;
    private final BlockingQueue<Ahead> ahead;
    private final CountDownLatch readingEnded = new CountDownLatch(1);
    private volatile boolean closed;
    private long position;
    /** The end or the failure that ended reading, handed out again on every later call. */
    private Ahead last;

    /** One row, one rejected row, the end of the file or the failure that ended reading, with the position after it. */
    private record Ahead(SourceRow row, Exception failure, boolean end, long position) {
    }

    public ReadAheadRowSource(RowSource source, ThreadFactory threads, int capacity) {
        this.source = source;
        this.header = source.header();
        this.position = source.position();
        this.ahead = new ArrayBlockingQueue<>(capacity);
        Thread reading = threads.newThread(this::readAhead);
        reading.setName("import-read-ahead");
        reading.start();
    }

    private void readAhead() {
        try {
            boolean more = true;
            while (more && !closed) {
                Ahead next = readOne();
                more = next.row() != null || next.failure() instanceof RowRejectedException;
                hand(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readingEnded.countDown();
        }
    }

    private Ahead readOne() {
        try {
            Optional<SourceRow> row = source.next();
            return row.map(r -> new Ahead(r, null, false, source.position()))
                    .orElseGet(() -> new Ahead(null, null, true, source.position()));
        } catch (RowRejectedException | IOException | RuntimeException e) {
            return new Ahead(null, e, false, source.position());
        } catch (Error e) {
            return new Ahead(null, new IOException("读取文件时出错：" + e, e), false, source.position());
        }
    }

    /** Waits for room, giving up once the consumer has closed the source. */
    private void hand(Ahead next) throws InterruptedException {
        while (!closed) {
            if (ahead.offer(next, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() throws IOException, RowRejectedException {
        if (closed) {
            throw new IOException("row source is closed");
        }
        Ahead next = last != null ? last : take();
        position = next.position();
        if (next.row() != null) {
            return Optional.of(next.row());
        }
        if (!(next.failure() instanceof RowRejectedException)) {
            last = next;
        }
        if (next.end()) {
            return Optional.empty();
        }
        if (next.failure() instanceof RowRejectedException rejected) {
            throw rejected;
        }
        if (next.failure() instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) next.failure();
    }

    private Ahead take() throws IOException {
        try {
            while (true) {
                Ahead next = ahead.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                if (readingEnded.getCount() == 0 && ahead.isEmpty()) {
                    // the reading thread ended without a last word: only an interrupt does that
                    return new Ahead(null, new InterruptedIOException("读取文件的线程被中断"), false, position);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("读取文件时被中断");
        }
    }

    @Override
    public long position() {
        return position;
    }

    /** Stops the reading thread, waits for it, then closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        ahead.clear();
        try {
            readingEnded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            source.close();
        }
    }
}
