package vn.pakn.auth;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.pakn.unit.Account;
import vn.pakn.unit.Unit;

@ApplicationScoped
public class MeService {

    @WithSession
    public Uni<MeView> me(long accountId) {
        return Account.<Account>findById(accountId).flatMap(account -> Unit.<Unit>findById(account.unitId)
                .map(unit -> MeView.of(account, unit)));
    }
}
