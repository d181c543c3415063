package vn.pakn.demo;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.auth.OneTimePassword;
import vn.pakn.auth.PasswordHasher;
import vn.pakn.unit.Account;
import vn.pakn.unit.Role;
import vn.pakn.unit.Unit;

/**
 * Loads the demo: the province's units and invented officers with random passwords that need no change, so that
 * the demo can be explored at once. Adds only what is missing (by unit code and phone), so running it twice adds
 * nothing.
 */
@ApplicationScoped
public class DemoLoader {

    private final PasswordHasher hasher;
    private final Vertx vertx;
    private final Clock clock;

    private record Ready(DemoPeople.Person person, String password, String hash) {
    }

    public DemoLoader(PasswordHasher hasher, Vertx vertx, Clock clock) {
        this.hasher = hasher;
        this.vertx = vertx;
        this.clock = clock;
    }

    /** The accounts it created, with their passwords in clear (for demo-accounts.txt). */
    Uni<List<DemoAccount>> load() {
        return vertx.executeBlocking(Uni.createFrom().item(UnitsCsv::read)).chain(rows -> Panache
                .withTransaction(() -> addMissingUnits(rows))
                .chain(units -> Panache.withSession(() -> missing(DemoPeople.plan(rows)))
                        // hashing takes a while: outside any transaction
                        .chain(this::withPasswords)
                        .chain(ready -> Panache.withTransaction(() -> addAccounts(ready, units)))));
    }

    private Uni<Map<String, Unit>> addMissingUnits(List<UnitsCsv.Row> rows) {
        Set<String> codes = rows.stream().map(UnitsCsv.Row::code).collect(Collectors.toSet());
        return Unit.<Unit>list("code in ?1", codes).chain(existing -> {
            Map<String, Unit> byCode = new HashMap<>();
            existing.forEach(unit -> byCode.put(unit.code, unit));
            Instant now = clock.instant();
            Uni<Void> added = Uni.createFrom().voidItem();
            for (UnitsCsv.Row row : parentsFirst(rows)) {
                added = added.chain(() -> byCode.containsKey(row.code()) ? Uni.createFrom().voidItem()
                        : Unit.create(row.code(), row.name(), row.kind(),
                                row.parentCode() == null ? null : byCode.get(row.parentCode()).id, false, now)
                                .<Unit>persist().invoke(unit -> byCode.put(unit.code, unit)).replaceWithVoid());
            }
            return added.replaceWith(byCode);
        });
    }

    private static List<UnitsCsv.Row> parentsFirst(List<UnitsCsv.Row> rows) {
        List<UnitsCsv.Row> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<UnitsCsv.Row> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            List<UnitsCsv.Row> ready = pending.stream()
                    .filter(row -> row.parentCode() == null || placed.contains(row.parentCode())).toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException(UnitsCsv.RESOURCE + ": unknown or circular parents in " + pending);
            }
            ready.forEach(row -> placed.add(row.code()));
            ordered.addAll(ready);
            pending.removeAll(ready);
        }
        return ordered;
    }

    private Uni<List<DemoPeople.Person>> missing(List<DemoPeople.Person> people) {
        Set<String> phones = people.stream().map(DemoPeople.Person::phone).collect(Collectors.toSet());
        return Account.<Account>list("phone in ?1", phones).map(existing -> {
            Set<String> taken = existing.stream().map(account -> account.phone).collect(Collectors.toSet());
            return people.stream().filter(person -> !taken.contains(person.phone())).toList();
        });
    }

    private Uni<List<Ready>> withPasswords(List<DemoPeople.Person> people) {
        return Multi.createFrom().iterable(people)
                .onItem().transformToUniAndConcatenate(person -> {
                    String password = OneTimePassword.generate();
                    return hasher.hash(password).map(hash -> new Ready(person, password, hash));
                })
                .collect().asList();
    }

    private Uni<List<DemoAccount>> addAccounts(List<Ready> ready, Map<String, Unit> units) {
        Instant now = clock.instant();
        List<Account> accounts = new ArrayList<>();
        List<DemoAccount> created = new ArrayList<>();
        for (Ready item : ready) {
            DemoPeople.Person person = item.person();
            Unit unit = units.get(person.unitCode());
            Account account = Account.create(person.phone(), person.fullName(), unit.id, person.roles(), item.hash(),
                    now);
            account.position = person.position();
            account.passwordChangeRequired = false;
            accounts.add(account);
            created.add(new DemoAccount(person.roles().stream().sorted().map(Role::name)
                    .collect(Collectors.joining(",")), unit.name, person.phone(), item.password()));
        }
        return accounts.isEmpty() ? Uni.createFrom().item(created) : Account.persist(accounts).replaceWith(created);
    }
}
