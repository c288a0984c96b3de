package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.platform.OneTimeLink;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A one-time link sent by mail (only the hash of its token is kept); usable once, before it expires. */
@Entity
@Table(name = "account_token")
public class OneTimeToken extends OneTimeLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private TokenPurpose purpose;

    protected OneTimeToken() {
    }

    public OneTimeToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant now) {
        super(tokenHash, now, purpose.validity());
        this.account = account;
        this.purpose = purpose;
    }

    public Long getId() { return id; }
    public UserAccount getAccount() { return account; }
    public TokenPurpose getPurpose() { return purpose; }
}
