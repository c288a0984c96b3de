package cn.scast.tianfu.it.support;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** In-container tests call role-protected services through this bean, which runs as an administrator. */
@Stateless
@RunAs("admin")
@DeclareRoles("admin")
@PermitAll
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
