package vn.pakn.unit.account;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pakn.audit.AuditAction;
import vn.pakn.audit.AuditLog;
import vn.pakn.common.error.ProblemException;
import vn.pakn.common.paging.PageResponse;
import vn.pakn.unit.Account;
import vn.pakn.unit.Actor;
import vn.pakn.unit.Changes;
import vn.pakn.unit.PhoneNumber;
import vn.pakn.unit.Role;
import vn.pakn.unit.Unit;
import vn.pakn.unit.Versions;
import vn.pakn.unit.tree.UnitRepository;
import vn.pakn.unit.tree.UnitService;

/**
 * Officers' accounts, managed by administrators. Passwords are never chosen by an admin: creation and reset issue
 * a random one-time password that the officer must change at first sign-in.
 */
@ApplicationScoped
public class AccountService {

    static final String AUDIT_TARGET = "ACCOUNT";

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final UnitService unitService;
    private final OneTimePasswords passwords;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(AccountRepository accounts, UnitRepository units, UnitService unitService,
            OneTimePasswords passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.unitService = unitService;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /** One query for the page, one for its units, one count. */
    @WithSession
    public Uni<PageResponse<AccountView>> list(AccountFilter filter, int page, int size) {
        return accounts.search(filter, page, size).chain(found -> {
            Set<Long> unitIds = found.items().stream().map(a -> a.unitId).collect(Collectors.toSet());
            Uni<List<Unit>> unitsOfPage = unitIds.isEmpty() ? Uni.createFrom().item(List.of())
                    : units.list("id in ?1", unitIds);
            return unitsOfPage.map(list -> {
                Map<Long, Unit> byId = list.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
                return found.map(account -> AccountView.of(account, byId.get(account.unitId)));
            });
        });
    }

    @WithSession
    public Uni<AccountView> get(long id) {
        return find(id).chain(this::view);
    }

    @WithTransaction
    public Uni<CreatedAccount> create(CreateAccountRequest request, Actor actor) {
        String phone = PhoneNumber.normalize(request.phone())
                .orElseThrow(() -> ProblemException.invalidField("phone", "phone-invalid"));
        return accounts.phoneTaken(phone)
                .invoke(taken -> {
                    if (taken) {
                        throw ProblemException.conflict("phone-taken", phone);
                    }
                })
                .chain(() -> unitService.requireActive(request.unitId(), "unitId"))
                .chain(unit -> passwords.issue().chain(password -> {
                    Instant now = clock.instant();
                    Account account = Account.create(phone, request.fullName().strip(), unit.id, request.roles(),
                            password.hash(), now);
                    account.position = blankToNull(request.position());
                    account.email = blankToNull(request.email());
                    account.assignOneTimePassword(password.hash(), password.expiresAt(), now);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("phone", phone);
                    details.put("unitId", unit.id);
                    details.put("roles", roleNames(account.roles));
                    return accounts.persist(account)
                            .call(saved -> record(AuditAction.ACCOUNT_CREATED, saved, actor, details))
                            .map(saved -> new CreatedAccount(AccountView.of(saved, unit), password.password(),
                                    password.expiresAt()));
                }));
    }

    @WithTransaction
    public Uni<AccountView> update(long id, UpdateAccountRequest request, Actor actor) {
        return find(id).chain(account -> {
            Versions.require(account.version, request.version());
            if (actor.is(id) && account.roles.contains(Role.ADMIN) && !request.roles().contains(Role.ADMIN)) {
                throw ProblemException.conflict("account-self-lockout");
            }
            Uni<Unit> unit = request.unitId().equals(account.unitId) ? units.findById(account.unitId)
                    : unitService.requireActive(request.unitId(), "unitId");
            return unit.chain(newUnit -> {
                Set<Role> roles = EnumSet.copyOf(request.roles());
                Changes changes = new Changes()
                        .field("fullName", account.fullName, request.fullName().strip())
                        .field("position", account.position, blankToNull(request.position()))
                        .field("email", account.email, blankToNull(request.email()))
                        .field("unitId", account.unitId, newUnit.id)
                        .field("roles", roleNames(account.roles), roleNames(roles));
                account.fullName = request.fullName().strip();
                account.position = blankToNull(request.position());
                account.email = blankToNull(request.email());
                account.unitId = newUnit.id;
                account.roles = roles;
                if (changes.has("roles") || changes.has("unitId")) {
                    // access tokens carry roles and unit: the old ones must not outlive the change
                    account.endSessions(clock.instant());
                }
                return saved(account, AuditAction.ACCOUNT_UPDATED, changes.details(), actor)
                        .map(ignored -> AccountView.of(account, newUnit));
            });
        });
    }

    /** Disabling ends the account's sessions at once. Admins cannot lock themselves out. */
    @WithTransaction
    public Uni<AccountView> disable(long id, Actor actor) {
        if (actor.is(id)) {
            return Uni.createFrom().failure(ProblemException.conflict("account-self-lockout"));
        }
        return find(id).chain(account -> {
            if (!account.enabled) {
                return view(account);
            }
            account.enabled = false;
            account.endSessions(clock.instant());
            return saved(account, AuditAction.ACCOUNT_DISABLED, null, actor).chain(this::view);
        });
    }

    @WithTransaction
    public Uni<AccountView> enable(long id, Actor actor) {
        return find(id).chain(account -> {
            if (account.enabled) {
                return view(account);
            }
            account.enabled = true;
            return saved(account, AuditAction.ACCOUNT_ENABLED, null, actor).chain(this::view);
        });
    }

    /** A new one-time password; the old password and every session stop working. */
    @WithTransaction
    public Uni<PasswordReset> resetPassword(long id, Actor actor) {
        return find(id).chain(account -> passwords.issue().chain(password -> {
            account.assignOneTimePassword(password.hash(), password.expiresAt(), clock.instant());
            return saved(account, AuditAction.PASSWORD_RESET, null, actor)
                    .map(ignored -> new PasswordReset(password.password(), password.expiresAt()));
        }));
    }

    private Uni<Account> find(long id) {
        return accounts.findById(id).onItem().ifNull().failWith(ProblemException::notFound);
    }

    private Uni<AccountView> view(Account account) {
        return units.findById(account.unitId).map(unit -> AccountView.of(account, unit));
    }

    /**
     * Flushes so that the answer carries the new version, and records the change; {@code details} empty means
     * an edit that changed nothing (not recorded), null an action without details.
     */
    private Uni<Account> saved(Account account, AuditAction action, Map<String, Object> details, Actor actor) {
        if (details != null && details.isEmpty()) {
            return Uni.createFrom().item(account);
        }
        account.updatedAt = clock.instant();
        return accounts.flush()
                .chain(() -> record(action, account, actor, details))
                .replaceWith(account);
    }

    private Uni<Void> record(AuditAction action, Account account, Actor actor, Map<String, Object> details) {
        return audit.record(action, actor.accountId(), actor.label(), AUDIT_TARGET, account.id, actor.request(),
                details);
    }

    private static List<String> roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
