package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.popscience.push.PopSciencePushStarter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs the 科普内容 screen: write or edit an item, see how many subscribers it reaches, publish and push it, and
 * follow the delivered and read counts.
 */
@Named
@ViewScoped
public class PopScienceAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PopScienceItems items;

    @EJB
    private PopSciencePushStarter pushes;

    private PopScienceItemForm form = blank();
    private Long editingId;
    private PushFigures figures;
    private List<PopScienceItemView> rows;

    public List<PopScienceItemView> getRows() {
        if (rows == null) {
            rows = items.editable();
        }
        return rows;
    }

    public void startNew() {
        form = blank();
        editingId = null;
        figures = null;
    }

    public void edit(long id) {
        PopScienceItemView item = items.item(id);
        form = new PopScienceItemForm();
        form.kind = item.kind();
        form.title = item.title();
        form.summary = item.summary();
        form.body = item.body();
        form.videoUrl = item.videoUrl();
        form.activityTime = item.activityTime();
        form.activityPlace = item.activityPlace();
        form.topics = new ArrayList<>(item.topics());
        form.audience = item.audience();
        form.cityCode = item.cityCode();
        form.countyCode = item.countyCode();
        form.town = item.town();
        editingId = id;
        figures = items.figures(id);
    }

    public void save() {
        attempt(() -> {
            PopScienceItemView saved = editingId == null ? items.create(form) : items.update(editingId, form);
            editingId = saved.id();
            figures = items.figures(saved.id());
            info("已保存：" + saved.title());
        });
    }

    public void publish() {
        if (editingId == null) {
            error("请先保存科普内容");
            return;
        }
        attempt(() -> {
            PopScienceItemView published = pushes.publishAndPush(editingId);
            figures = items.figures(editingId);
            info("已发布，推送作业 " + published.pushExecutionId() + " 已开始，符合条件的订阅者 " + figures.audience() + " 人");
        });
    }

    public void withdraw() {
        if (editingId != null) {
            attempt(() -> info("已撤回：" + items.withdraw(editingId).title()));
        }
    }

    public void refresh() {
        if (editingId != null) {
            figures = items.figures(editingId);
        }
    }

    /** The county list follows the city; a county of another city is dropped. */
    public void cityChanged() {
        form.countyCode = null;
        form.town = null;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
            rows = null;
        } catch (RefusedInput refused) {
            error(refused.getMessage());
        } catch (RuleViolation | RecordAccessRefused | RecordNotFound refused) {
            error(refused.getMessage());
        } catch (EJBException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuleViolation || cause instanceof RecordAccessRefused || cause instanceof RecordNotFound) {
                error(cause.getMessage());
            } else {
                throw failed;
            }
        }
    }

    private static PopScienceItemForm blank() {
        PopScienceItemForm blank = new PopScienceItemForm();
        blank.kind = PopScienceKind.ARTICLE.name();
        blank.audience = Audience.PUBLIC.name();
        blank.topics = new ArrayList<>();
        return blank;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public PopScienceItemForm getForm() { return form; }
    public Long getEditingId() { return editingId; }
    public PushFigures getFigures() { return figures; }
    public PopScienceItemView getEditing() {
        return editingId == null ? null : getRows().stream().filter(r -> r.id() == editingId).findFirst().orElse(null);
    }
}
