package cn.scast.tianfu.imports;

import java.util.Locale;
import java.util.Properties;

/**
 * A kind of file the associations send to the inbox: an {@link ImportTarget} that names an inbox file prefix.
 * Every kind is loaded by the one job {@link #JOB}, which takes the target as a parameter.
 *
 * @param name       the target's name, e.g. {@code listing}; also the key {@code kind.<name>} of its UI label
 * @param filePrefix file-name prefix in the inbox, e.g. {@code listings_}; compared case-insensitively
 * @param chunkSize  rows per chunk transaction
 */
public record ImportKind(String name, String filePrefix, int chunkSize) {

    /** The job (JSL id) that imports one file of any kind. */
    public static final String JOB = "file-import";

    public static ImportKind of(ImportTarget target) {
        return new ImportKind(target.name(), target.inboxFilePrefix(), target.chunkSize());
    }

    public String jobName() {
        return JOB;
    }

    /** Whether an inbox file of this name belongs to this kind: the prefix and a .csv or .xlsx extension. */
    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.startsWith(filePrefix.toLowerCase(Locale.ROOT))
                && (lower.endsWith(".csv") || lower.endsWith(".xlsx"));
    }

    /** The parameters of {@link #JOB} for one file of this kind; {@code encoding} may be null. */
    public Properties jobParameters(String file, String encoding) {
        Properties parameters = jobParameters(name, file, encoding);
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        return parameters;
    }

    /**
     * The parameters of {@link #JOB} for one file of a target at the job's default chunk size, for callers
     * that hold no kind (seeds, tests); {@code encoding} may be null.
     */
    public static Properties jobParameters(String target, String file, String encoding) {
        Properties parameters = new Properties();
        parameters.setProperty("target", target);
        parameters.setProperty("file", file);
        if (encoding != null) {
            parameters.setProperty("encoding", encoding);
        }
        return parameters;
    }
}
