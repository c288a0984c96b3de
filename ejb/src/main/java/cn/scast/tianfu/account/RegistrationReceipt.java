package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountStatus;

/** The answer to a registration: the application, the username to sign in with (the mobile number), its state. */
public record RegistrationReceipt(Long applicationId, String username, AccountStatus status, String message) {
}
