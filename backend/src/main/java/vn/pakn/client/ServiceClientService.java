package vn.pakn.client;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import vn.pakn.common.error.ProblemException;

/** Issues and revokes service clients' API keys. A key is shown once, when issued, and stored only hashed. */
@ApplicationScoped
public class ServiceClientService {

    private final Clock clock;

    public ServiceClientService(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<List<ServiceClientView>> list() {
        return ServiceClient.<ServiceClient>listAll(Sort.by("createdAt").descending())
                .map(clients -> clients.stream().map(ServiceClientService::view).toList());
    }

    @WithTransaction
    public Uni<IssuedClient> issue(ServiceClientRequest request, long adminId) {
        TreeSet<String> scopes = new TreeSet<>(request.scopes());
        if (!Scope.ALL.containsAll(scopes)) {
            throw ProblemException.invalidField("scopes", "unknown-scope");
        }
        String key = ApiKeys.generate();
        ServiceClient client = new ServiceClient();
        client.name = request.name().strip();
        client.keyPrefix = ApiKeys.prefix(key).orElseThrow();
        client.keyHash = ApiKeys.hash(key);
        client.scopes = String.join(",", scopes);
        client.requestsPerMinute = request.requestsPerMinute();
        client.createdAt = clock.instant();
        client.createdBy = adminId;
        return client.<ServiceClient>persist().map(saved -> new IssuedClient(view(saved), key));
    }

    @WithTransaction
    public Uni<ServiceClientView> revoke(long id) {
        return ServiceClient.<ServiceClient>findById(id).map(client -> {
            if (client == null) {
                throw ProblemException.notFound();
            }
            if (client.revokedAt == null) {
                client.revokedAt = clock.instant();
            }
            return view(client);
        });
    }

    static ServiceClientView view(ServiceClient client) {
        return new ServiceClientView(client.id, client.name, client.keyPrefix,
                Arrays.stream(client.scopes.split(",")).filter(s -> !s.isBlank()).toList(),
                client.requestsPerMinute, client.createdAt, client.revokedAt);
    }
}
