package cn.scast.tianfu.concierge;

import cn.scast.tianfu.listing.Listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An introduction as one side sees it: its own listing, the counterpart listing, the order's timeline (with the signed
 * amount in 万元), and the counterpart's name and contact only once the 科服保姆 has introduced them (null before).
 */
public record IntroductionView(long orderId, String orderNo, String status, String staff, long ownListingId,
                               String ownTitle, long counterpartListingId, String counterpartTitle,
                               String counterpartName, Contact counterpartContact, BigDecimal dealAmountWanYuan,
                               List<Step> timeline) {

    /** One step of the timeline; the amount only on the signing. */
    public record Step(String type, LocalDate on, BigDecimal amountWanYuan) {
    }

    static IntroductionView of(ConciergeOrder order, Listing mine, Listing theirs, Contact contact) {
        return new IntroductionView(order.getId(), order.getOrderNo(), order.getStatus().name(), order.getStaffUsername(),
                mine == null ? 0 : mine.getId(), mine == null ? null : mine.getTitle(),
                theirs == null ? 0 : theirs.getId(), theirs == null ? null : theirs.getTitle(),
                contact == null ? null : contact.name(), contact, order.getDealAmountWanYuan(),
                order.getSteps().stream().map(s -> new Step(s.getType().name(), s.getOccurredOn(), s.getAmountWanYuan()))
                        .toList());
    }
}
