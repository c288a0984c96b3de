package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;

/** What an applicant is told about the own registration: its state and, when refused, the reviewer's reason. */
public record ApplicationStatusView(String username, AccountStatus status, String statusLabel, String reason,
                                    String message) {

    static ApplicationStatusView of(String username, AccountStatus status, String reason) {
        String message = switch (status) {
            case PENDING -> "您的注册申请正在等待所在市州科协审核，审核通过后即可登录";
            case ACTIVE -> "您的注册申请已通过审核，可以登录";
            case REJECTED -> "您的注册申请未通过审核" + (reason == null ? "" : "：" + reason);
        };
        return new ApplicationStatusView(username, status, label(status), reason, message);
    }

    static String label(AccountStatus status) {
        return switch (status) {
            case PENDING -> "待审核";
            case ACTIVE -> "已通过";
            case REJECTED -> "未通过";
        };
    }
}
