package cn.scast.tianfu.account;

import cn.scast.tianfu.notification.InboxMessageView;
import cn.scast.tianfu.notification.InboxService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** /api/v1/account/inbox: the caller's own in-app messages (站内信). */
@Path("v1/account/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
@Tag(name = "account", description = "本人账号")
public class InboxResource {

    @EJB
    private InboxService inbox;

    @GET
    @Operation(summary = "Newest first (at most 200); ?unread=true for unread only", description = "{unread, messages}")
    public Map<String, Object> messages(@QueryParam("unread") boolean unreadOnly) {
        List<InboxMessageView> messages = inbox.messages(unreadOnly);
        return Map.of("unread", inbox.unreadCount(), "messages", messages);
    }

    @POST
    @Path("{id:\\d+}/read")
    @Operation(summary = "Mark one message read (404 for another account's message)")
    public InboxMessageView markRead(@PathParam("id") long id) {
        return inbox.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all messages read", description = "{marked}")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead());
    }
}
