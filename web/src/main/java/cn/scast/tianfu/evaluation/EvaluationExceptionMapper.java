package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Problems;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A refused evaluation action: 404 for something missing, otherwise 422, with the rule's Chinese message. */
@Provider
public class EvaluationExceptionMapper implements ExceptionMapper<EvaluationException> {

    @Override
    public jakarta.ws.rs.core.Response toResponse(EvaluationException e) {
        boolean missing = e.kind() == EvaluationException.Kind.NOT_FOUND;
        return Problems.of(missing ? 404 : 422, e.getMessage(),
                e.field() == null ? null : List.of(new FieldError(e.field(), e.getMessage())));
    }
}
