package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.notification.InboxMessageView;
import cn.scast.tianfu.notification.InboxService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The caller's inbox page. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    @EJB
    private transient InboxService inbox;

    private List<InboxMessageView> messages;

    public List<InboxMessageView> getMessages() {
        if (messages == null) {
            messages = inbox.messages(false);
        }
        return messages;
    }

    public void markRead(long id) {
        inbox.markRead(id);
        messages = null;
    }

    public void markAllRead() {
        inbox.markAllRead();
        messages = null;
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
