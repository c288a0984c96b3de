package cn.scast.tianfu.matching;

/** JSON body of POST .../matches/{otherId}/decline: a {@link DeclineReason} name and an optional note. */
public class DeclineInput {
    public String reason;
    public String note;
}
