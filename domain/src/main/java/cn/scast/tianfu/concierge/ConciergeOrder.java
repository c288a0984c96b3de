package cn.scast.tianfu.concierge;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * 保姆单 (一单一策): a staff member's order for one client, with its own policy text, the steps
 * logged on it, and — when signed — the deal amount. The rules of the workflow live here.
 */
@Entity
@Table(name = "concierge_order")
public class ConciergeOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 32)
    @Column(name = "order_no", nullable = false, unique = true, length = 32)
    private String orderNo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "client_type", nullable = false, length = 16)
    private ClientType clientType;

    @NotBlank
    @Size(max = 64)
    @Column(name = "client_name", nullable = false, length = 64)
    private String clientName;

    @Pattern(regexp = "51\\d{2}00", message = "{region.code.invalid}")
    @Column(name = "city_code", nullable = false, length = 6)
    private String cityCode;

    @NotBlank
    @Column(name = "staff_username", nullable = false, length = 64)
    private String staffUsername;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String title;

    @Size(max = 1000)
    @Column(length = 1000)
    private String policy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status = OrderStatus.OPEN;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "deal_amount_wan_yuan", precision = 14, scale = 2)
    private BigDecimal dealAmountWanYuan;

    @Column(name = "listing_id")
    private Long listingId;

    /** The demand of the pair an introduction order brings together (null for an order opened by staff). */
    @Column(name = "demand_listing_id")
    private Long demandListingId;

    @Column(name = "supply_listing_id")
    private Long supplyListingId;

    /** The account that asked for the introduction first. */
    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredOn, id")
    private List<OrderStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected ConciergeOrder() {
    }

    public ConciergeOrder(String orderNo, ClientType clientType, String clientName, String cityCode,
                          String staffUsername, String title, String policy, LocalDate openedOn) {
        this.orderNo = orderNo;
        this.clientType = clientType;
        this.clientName = clientName;
        this.cityCode = cityCode;
        this.staffUsername = staffUsername;
        this.title = title;
        this.policy = policy;
        this.openedOn = openedOn;
    }

    /** Marks the order as the introduction of a supply–demand pair, asked for by an account. */
    public void introduce(long demandListingId, long supplyListingId, String requestedBy) {
        this.demandListingId = demandListingId;
        this.supplyListingId = supplyListingId;
        this.requestedBy = requestedBy;
    }

    /** Whether the 科服保姆 has made the introduction: from then on each side may see who the other is. */
    public boolean introduced() {
        return steps.stream().anyMatch(s -> s.getType() == StepType.INTRODUCTION || s.getType() == StepType.NEGOTIATION
                || s.getType() == StepType.SIGNED);
    }

    public Long getDemandListingId() { return demandListingId; }
    public Long getSupplyListingId() { return supplyListingId; }
    public String getRequestedBy() { return requestedBy; }

    /**
     * Logs a step. A closed order takes no more steps; a signing needs a positive amount and closes
     * the order as signed; no step may predate the opening of the order.
     */
    public OrderStep log(StepType type, String note, LocalDate on, String recordedBy, BigDecimal amountWanYuan) {
        if (status.isClosed()) {
            throw new RuleViolation("保姆单 " + orderNo + " 已结单，不能再记录步骤");
        }
        if (on.isBefore(openedOn)) {
            throw new RuleViolation("步骤日期 " + on + " 早于建单日期 " + openedOn);
        }
        if (type == StepType.SIGNED && (amountWanYuan == null || amountWanYuan.signum() <= 0)) {
            throw new RuleViolation("签约步骤必须填写大于 0 的签约金额（万元）");
        }
        if (type != StepType.SIGNED && amountWanYuan != null) {
            throw new RuleViolation("只有签约步骤可以填写金额");
        }
        OrderStep step = new OrderStep(this, type, note, on, recordedBy, amountWanYuan);
        steps.add(step);
        if (type == StepType.SIGNED) {
            status = OrderStatus.SIGNED;
            dealAmountWanYuan = amountWanYuan;
            closedOn = on;
        } else {
            status = OrderStatus.IN_PROGRESS;
        }
        return step;
    }

    /** Closes the order without a deal (the client withdrew, no match could be found, ...). */
    public void closeWithoutDeal(LocalDate on) {
        if (status.isClosed()) {
            throw new RuleViolation("保姆单 " + orderNo + " 已结单");
        }
        status = OrderStatus.CLOSED_NO_DEAL;
        closedOn = on;
    }

    /** Hands the order to another staff member; a closed order keeps who closed it. */
    public void assignTo(String username) {
        if (status.isClosed()) {
            throw new RuleViolation("已结单的保姆单不能改派");
        }
        this.staffUsername = username;
    }

    public Long getId() { return id; }
    public String getOrderNo() { return orderNo; }
    public ClientType getClientType() { return clientType; }
    public String getClientName() { return clientName; }
    public String getCityCode() { return cityCode; }
    public String getStaffUsername() { return staffUsername; }
    public String getTitle() { return title; }
    public String getPolicy() { return policy; }
    public OrderStatus getStatus() { return status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public BigDecimal getDealAmountWanYuan() { return dealAmountWanYuan; }
    public Long getListingId() { return listingId; }
    public void setListingId(Long listingId) { this.listingId = listingId; }
    public List<OrderStep> getSteps() { return Collections.unmodifiableList(steps); }
}
