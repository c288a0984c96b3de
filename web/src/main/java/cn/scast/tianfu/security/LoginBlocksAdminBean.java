package cn.scast.tianfu.security;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.LoginBlockView;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The administrator's view of failed sign-ins per account and source address, with a button to lift an account's blocks. */
@Named("loginBlocksAdmin")
@ViewScoped
public class LoginBlocksAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = ChinaTime.SECONDS;

    @EJB
    private transient AccountService accounts;

    @Inject
    private transient FacesContext facesContext;

    private List<LoginBlockView> entries;

    public List<LoginBlockView> getEntries() {
        if (entries == null) {
            entries = accounts.recentLoginFailures(SHOWN);
        }
        return entries;
    }

    public void lift(String username) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<LoginBlockView> lifted = accounts.liftLoginBlocks(username);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(context, "loginBlocks.lifted", username, lifted.size()), null));
        } catch (RecordNotFound e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(context, "loginBlocks.noAccount", username), null));
        }
        entries = null;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
