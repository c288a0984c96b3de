package cn.scast.tianfu.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A login: who may sign in, with which roles, and whether the password must be changed before anything else
 * (the seeded default password). Failed sign-ins are counted per source address in {@link LoginThrottle}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9_.@-]{3,64}", message = "{account.username.invalid}")
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @NotBlank
    @Size(max = 64)
    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Self-registered accounts are PENDING until their city's staff approve them; only ACTIVE ones sign in. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(length = 254)
    private String email;

    /** When the owner proved the address by the one-time link; until then only the verification mail goes there. */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A new password (already hashed); clears the obligation to change it. */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = false;
    }

    /** Requires a password change before the account may do anything else. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** A new display name (the holder's profile edit). */
    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** A changed address must be verified again before it gets any mail but the verification link. */
    public void changeEmail(String email) {
        if (email != null && !email.equalsIgnoreCase(this.email)) {
            this.email = email;
            this.emailVerifiedAt = null;
        }
    }

    /** A self-registration: pending review, with the address that still has to be verified. */
    public void applied(String email) {
        this.status = AccountStatus.PENDING;
        this.email = email;
        this.emailVerifiedAt = null;
    }

    public void approve() {
        this.status = AccountStatus.ACTIVE;
    }

    public void reject() {
        this.status = AccountStatus.REJECTED;
    }

    public void verifyEmail(Instant now) {
        this.emailVerifiedAt = now;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getEmail() {
        return email;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isEmailVerified() {
        return email != null && emailVerifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
