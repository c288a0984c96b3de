package cn.scast.tianfu.concierge;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Backs the 保姆单 screen: open an order, log its steps, see the latest orders. */
@Named
@ViewScoped
public class ConciergeBean implements Serializable {

    @Inject
    private Clock clock;

    @EJB
    private ConciergeService concierge;

    @EJB
    private IntroductionParties parties;

    @Inject
    private FacesContext faces;

    private final java.util.Map<String, String> requesters = new java.util.HashMap<>();

    @NotNull
    private ClientType clientType = ClientType.ENTERPRISE;
    @NotBlank
    @Size(max = 64)
    private String clientName;
    @NotBlank
    private String cityCode;
    @NotBlank
    @Size(max = 100)
    private String title;
    @Size(max = 1000)
    private String policy;

    private Long selectedId;
    private StepType stepType = StepType.VISIT;
    private String stepNote;
    private BigDecimal stepAmount;

    public void open() {
        try {
            ConciergeOrder order = concierge.open(clientType, clientName, cityCode,
                    faces.getExternalContext().getRemoteUser(), title, policy);
            selectedId = order.getId();
            info("已建单：" + order.getOrderNo());
        } catch (RuleViolation | RecordAccessRefused e) {
            error(e.getMessage());
        }
    }

    public void logStep() {
        try {
            concierge.logStep(selectedId, stepType, stepNote, ChinaTime.today(clock), stepAmount);
            info("已记录步骤");
            stepNote = null;
            stepAmount = null;
        } catch (RuleViolation | RecordAccessRefused e) {
            error(e.getMessage());
        }
    }

    /** Opens an order of the list for logging its steps. */
    public void select(long orderId) {
        try {
            selectedId = concierge.find(orderId).getId();
        } catch (RecordAccessRefused e) {
            error(e.getMessage());
        }
    }

    /** 对接申请人 of an introduction order (name and sign-in name); null for an order opened by staff. */
    public String requester(ConciergeOrder order) {
        String username = order == null ? null : order.getRequestedBy();
        return username == null ? null : requesters.computeIfAbsent(username, parties::requester);
    }

    public List<ConciergeOrder> getRecent() {
        return concierge.recent(0, 20);
    }

    public ConciergeOrder getSelected() {
        return selectedId == null ? null : concierge.find(selectedId);
    }

    public ClientType[] getClientTypes() {
        return ClientType.values();
    }

    public StepType[] getStepTypes() {
        return StepType.values();
    }

    private void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public ClientType getClientType() { return clientType; }
    public void setClientType(ClientType clientType) { this.clientType = clientType; }
    public String getClientName() { return clientName; }
    public void setClientName(String clientName) { this.clientName = clientName; }
    public String getCityCode() { return cityCode; }
    public void setCityCode(String cityCode) { this.cityCode = cityCode; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPolicy() { return policy; }
    public void setPolicy(String policy) { this.policy = policy; }
    public Long getSelectedId() { return selectedId; }
    public void setSelectedId(Long selectedId) { this.selectedId = selectedId; }
    public StepType getStepType() { return stepType; }
    public void setStepType(StepType stepType) { this.stepType = stepType; }
    public String getStepNote() { return stepNote; }
    public void setStepNote(String stepNote) { this.stepNote = stepNote; }
    public BigDecimal getStepAmount() { return stepAmount; }
    public void setStepAmount(BigDecimal stepAmount) { this.stepAmount = stepAmount; }
}
