package cn.scast.tianfu.imports;

import cn.scast.tianfu.platform.NodeRole;
import cn.scast.tianfu.platform.Text;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where import files change state: the inbox scan (every minute, or {@link #scanNow()}),
 * uploads, restarts, and moving files to archive/ or failed/ when their job ends (checked every 5 s).
 * A singleton with a write lock, so two of these never race over the same file.
 *
 * <p>An inbox file is taken when it is complete: a marker {@code <name>.done} exists, or it has not been
 * modified for {@code tianfu.inbox.settle.seconds} (default 10) and its size and modification time did
 * not change while it was fingerprinted. Its kind comes from the file-name prefix ({@link ImportKinds});
 * files of unknown names stay where they are. Content already received (same kind and SHA-256) is never
 * imported again: such a file goes to {@code duplicate/}.
 */
// Created at deployment, not by its first timer: a singleton created while the application is being
// undeployed makes Payara's singleton shutdown fail (ConcurrentModificationException), and the next
// deployment's batch jobs then cannot load their artifacts.
@Startup
@Singleton
@Lock(LockType.WRITE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportInbox {

    private static final Logger LOG = Logger.getLogger(ImportInbox.class.getName());
    public static final String SETTLE_PROPERTY = "tianfu.inbox.settle.seconds";
    private static final Set<BatchStatus> ENDED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
    /** Timers wait this long after deployment: jobs should not start while the EAR is still deploying. */
    private static final Duration QUIET_AFTER_DEPLOY = Duration.ofSeconds(20);

    @Inject
    private Clock clock;

    @Inject
    private ImportKinds kinds;

    @EJB
    private JobControl jobs;

    @Inject
    private ImportFileStore store;

    private final Set<String> ignoredNames = new HashSet<>();
    private Instant created;

    /** What one scan did. */
    public record ScanReport(List<Long> startedExecutions, List<String> duplicates, List<String> waiting,
                             List<String> failedToStart) {
    }

    /** A file handed to an import job. */
    public record Received(long fileId, long executionId, long instanceId) {
    }

    @PostConstruct
    void init() {
        created = clock.instant();
    }

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "import-inbox-scan")
    void everyMinute() {
        if (!NodeRole.current().runsBackOffice() || Duration.between(created, clock.instant()).compareTo(QUIET_AFTER_DEPLOY) < 0) {
            return;
        }
        try {
            scanNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "inbox scan failed", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "import-job-watch")
    void watchRunningJobs() {
        if (!NodeRole.current().runsBackOffice() || Duration.between(created, clock.instant()).compareTo(QUIET_AFTER_DEPLOY) < 0) {
            return;
        }
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "checking import jobs failed", e);
        }
    }

    /** Files whose job ended move to archive/ (COMPLETED) or failed/ (anything else), and their row says how it went. */
    public void reconcile() {
        for (ImportFileRecord file : store.running()) {
            JobExecution execution;
            try {
                execution = jobs.getJobExecution(file.jobExecutionId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "import file " + file.id() + ": execution " + file.jobExecutionId() + " unknown", e);
                continue;
            }
            BatchStatus status = execution.getBatchStatus();
            if (!ENDED.contains(status)) {
                continue;
            }
            Path current = Path.of(file.currentPath());
            Path target = status == BatchStatus.COMPLETED ? ImportDirectories.archive() : ImportDirectories.failed();
            String newPath = file.currentPath();
            if (Files.exists(current) && !current.getParent().getParent().equals(target)) {
                newPath = ImportDirectories.moveStamped(current, target, file.fileName()).toString();
            }
            String exit = execution.getExitStatus();
            String message = status == BatchStatus.COMPLETED ? null
                    : exit == null || exit.equals(status.name()) ? defaultMessage(status) : exit;
            store.ended(file.id(), status.name(), message, newPath);
            LOG.info("import of " + file.fileName() + " (execution " + file.jobExecutionId() + ") ended " + status
                    + "; file now at " + newPath);
        }
    }

    private static String defaultMessage(BatchStatus status) {
        return switch (status) {
            case STOPPED -> "作业已停止，可从上次提交处继续";
            case ABANDONED -> "作业已放弃";
            default -> "作业失败，详见服务器日志";
        };
    }

    /** Scans the inbox now: finished jobs are filed first, then every complete, recognised file is started. */
    public ScanReport scanNow() {
        reconcile();
        Path inbox = ImportDirectories.root();
        Duration settle = Duration.ofSeconds(Long.getLong(SETTLE_PROPERTY, 10L));
        List<Long> started = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        List<String> failedToStart = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    candidates.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + inbox, e);
        }
        candidates.sort(null);
        for (Path file : candidates) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || lower.endsWith(".done") || lower.endsWith(".part") || lower.endsWith(".tmp")) {
                continue;
            }
            Optional<ImportKind> kind = kinds.forFileName(name);
            if (kind.isEmpty()) {
                if (ignoredNames.add(name)) {
                    LOG.warning("inbox file " + name + " matches no import kind; it stays in " + inbox);
                }
                continue;
            }
            Path marker = file.resolveSibling(name + ".done");
            try {
                BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
                boolean markerPresent = Files.exists(marker);
                boolean quiet = Duration.between(before.lastModifiedTime().toInstant(), clock.instant())
                        .compareTo(settle) >= 0;
                if (!markerPresent && !quiet) {
                    waiting.add(name);
                    continue;
                }
                FileFingerprint fingerprint = FileFingerprint.of(file);
                BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
                if (after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                    waiting.add(name);
                    continue;
                }
                try {
                    Received received = receive(kind.get(), name, file, fingerprint, null, null, ImportFileRecord.INBOX);
                    started.add(received.executionId());
                } catch (DuplicateImportException duplicate) {
                    ImportDirectories.moveStamped(file, ImportDirectories.duplicate(), name);
                    duplicates.add(name);
                    LOG.info("inbox file " + name + " was imported before; moved to duplicate/");
                } catch (ImportRequestException notStarted) {
                    failedToStart.add(name);
                }
                Files.deleteIfExists(marker);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "inbox file " + name + " cannot be read now", e);
                waiting.add(name);
            }
        }
        return new ScanReport(started, duplicates, waiting, failedToStart);
    }

    /**
     * Receives an uploaded file (already written to a file of ours) and starts its job.
     *
     * @throws DuplicateImportException the same content was received before for this kind (the upload is deleted)
     * @throws ImportRequestException   unknown kind or unsupported encoding
     */
    public Received upload(String kindName, String originalName, Path uploaded, String encoding, String user) {
        ImportKind kind = kinds.byName(kindName)
                .orElseThrow(() -> new ImportRequestException("未知的导入类型：" + kindName));
        try {
            FileFingerprint fingerprint = FileFingerprint.of(uploaded);
            return receive(kind, ImportDirectories.safeName(originalName), uploaded, fingerprint, Text.strippedOrNull(encoding),
                    user, ImportFileRecord.UPLOAD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DuplicateImportException duplicate) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException ignored) {
                // a stray temp file in .uploads/ does no harm
            }
            throw duplicate;
        }
    }

    private Received receive(ImportKind kind, String name, Path file, FileFingerprint fingerprint, String encoding,
                             String user, String source) {
        if (encoding != null) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (RuntimeException e) {
                throw new ImportRequestException("不支持的编码：" + encoding);
            }
        }
        Optional<Long> id = store.insert(kind.name(), name, fingerprint.sha256(), fingerprint.size(), source, user,
                encoding, fingerprint.estimatedRows(), file.toString(), kind.jobName());
        if (id.isEmpty()) {
            throw new DuplicateImportException(store.bySha(kind.name(), fingerprint.sha256()).orElseThrow());
        }
        Path processing = ImportDirectories.moveStamped(file, ImportDirectories.processing(), name);
        Properties parameters = kind.jobParameters(processing.toString(), encoding);
        try {
            long executionId = jobs.start(kind.jobName(), parameters);
            long instanceId = jobs.getJobInstance(executionId).getInstanceId();
            store.started(id.get(), processing.toString(), instanceId, executionId);
            LOG.info("import of " + name + " (" + kind.name() + ") started as execution " + executionId);
            return new Received(id.get(), executionId, instanceId);
        } catch (RuntimeException e) {
            Path failed = ImportDirectories.moveStamped(processing, ImportDirectories.failed(), name);
            store.notStarted(id.get(), "作业无法启动：" + e.getMessage(), failed.toString());
            LOG.log(Level.WARNING, "import job " + kind.jobName() + " for " + name + " did not start", e);
            throw new ImportRequestException("作业 " + kind.jobName() + " 无法启动：" + e.getMessage());
        }
    }

    /**
     * Restarts a FAILED or STOPPED execution from its last checkpoint, reading the file where it lies now.
     *
     * @return the new execution id
     */
    public long restart(long executionId) {
        reconcile();
        JobExecution execution;
        try {
            execution = jobs.getJobExecution(executionId);
        } catch (RuntimeException e) {
            throw new ImportRequestException("找不到作业执行 " + executionId);
        }
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
            throw new ImportRequestException("作业执行 " + executionId + " 的状态为 " + status + "，只有失败或已停止的作业可以重新运行");
        }
        long instanceId = jobs.getJobInstance(executionId).getInstanceId();
        Optional<ImportFileRecord> file = store.byInstance(instanceId);
        // The restart takes the original parameters (target, chunk size …) with the file where it lies now.
        Properties parameters = new Properties();
        Properties original = jobs.getParameters(executionId);
        if (original != null) {
            parameters.putAll(original);
        }
        if (file.isPresent()) {
            if (!Files.exists(Path.of(file.get().currentPath()))) {
                throw new ImportRequestException("文件 " + file.get().currentPath() + " 已不存在，无法重新运行");
            }
            parameters.setProperty("file", file.get().currentPath());
        }
        long restarted;
        try {
            restarted = jobs.restart(executionId, parameters);
        } catch (RuntimeException e) {
            throw new ImportRequestException("作业执行 " + executionId + " 无法重新运行：" + e.getMessage());
        }
        file.ifPresent(f -> store.started(f.id(), f.currentPath(), instanceId, restarted));
        LOG.info("import execution " + executionId + " restarted as " + restarted);
        return restarted;
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
        } catch (RuntimeException e) {
            throw new ImportRequestException("作业执行 " + executionId + " 无法停止：" + e.getMessage());
        }
    }

}
