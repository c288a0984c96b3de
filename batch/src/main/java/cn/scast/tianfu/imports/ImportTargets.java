package cn.scast.tianfu.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.stream.Collectors;

/** Finds an {@link ImportTarget} by the name a job step gives. */
@ApplicationScoped
public class ImportTargets {

    @Inject
    private Instance<ImportTarget> targets;

    public ImportTarget byName(String name) {
        return targets.stream()
                .filter(target -> target.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown import target '" + name + "'; known: "
                        + targets.stream().map(ImportTarget::name).collect(Collectors.joining(", "))));
    }
}
