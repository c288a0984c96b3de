package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.SourceRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Turns a row into upsert parameters through its target; refusals are skipped into the reject report. */
@Named
@Dependent
public class RowValidator implements ItemProcessor {

    @Inject
    @BatchProperty
    private String target;

    @Inject
    private ImportTargets targets;

    @Override
    public Object processItem(Object item) throws Exception {
        SourceRow row = (SourceRow) item;
        return new ValidRow(row.lineNumber(), targets.byName(target).toParameters(row));
    }
}
