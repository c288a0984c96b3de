package cn.scast.tianfu.popscience;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;

/** One published 科普 item for the public; a draft, unknown or malformed id is a Chinese 404. */
@Named
@RequestScoped
public class PublicPopScienceItemBean {

    @EJB
    private PopScienceItems items;

    @EJB
    private PublicSubscribers subscribers;

    private String id;
    private String t;
    private PopScienceItemView item;

    public void load() throws IOException {
        Long key = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        item = key == null ? null : items.publicItem(key).orElse(null);
        if (item == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "没有这条已发布的科普内容");
            faces.responseComplete();
        } else if (t != null && !t.isBlank()) {
            subscribers.opened(item.id(), t); // opened through the link of a subscriber's mail or SMS
        }
    }

    public PopScienceItemView getItem() { return item; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
}
