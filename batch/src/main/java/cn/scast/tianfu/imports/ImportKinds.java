package cn.scast.tianfu.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of import kinds: every {@link ImportTarget} of the application that names an inbox file prefix. */
@ApplicationScoped
public class ImportKinds {

    @Inject
    private Instance<ImportTarget> targets;

    public List<ImportKind> all() {
        return targets.stream()
                .filter(target -> target.inboxFilePrefix() != null)
                .map(ImportKind::of)
                .sorted(Comparator.comparing(ImportKind::name))
                .toList();
    }

    public Optional<ImportKind> byName(String name) {
        return all().stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** The kind whose prefix matches; the longest prefix wins if several do. */
    public Optional<ImportKind> forFileName(String fileName) {
        return all().stream()
                .filter(kind -> kind.matches(fileName))
                .max(Comparator.comparingInt(kind -> kind.filePrefix().length()));
    }
}
