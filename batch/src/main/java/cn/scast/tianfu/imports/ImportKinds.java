package cn.scast.tianfu.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of import kinds: every {@link ImportKind} bean of the application. */
@ApplicationScoped
public class ImportKinds {

    @Inject
    private Instance<ImportKind> kinds;

    public List<ImportKind> all() {
        return kinds.stream().sorted(Comparator.comparing(ImportKind::name)).toList();
    }

    public Optional<ImportKind> byName(String name) {
        return kinds.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** The kind whose prefix matches; the longest prefix wins if several do. */
    public Optional<ImportKind> forFileName(String fileName) {
        return kinds.stream()
                .filter(kind -> kind.matches(fileName))
                .max(Comparator.comparingInt(kind -> kind.filePrefix().length()));
    }

    public Optional<ImportKind> byJobName(String jobName) {
        return kinds.stream().filter(kind -> kind.jobName().equals(jobName)).findFirst();
    }
}
