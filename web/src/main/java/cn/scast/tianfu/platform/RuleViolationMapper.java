package cn.scast.tianfu.platform;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business rule that refused a request: 422 with the rule's Chinese explanation. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation e) {
        return Problems.of(422, e.getMessage(), null);
    }

    /** EJB containers may wrap an application exception thrown by a callee; unwrap it. */
    public static RuntimeException unwrap(EJBException e) {
        return e.getCause() instanceof RuleViolation rule ? rule : e;
    }
}
