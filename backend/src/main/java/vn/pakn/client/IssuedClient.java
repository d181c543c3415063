package vn.pakn.client;

/** The answer to issuing a client: the only time its API key is ever shown. */
public record IssuedClient(ServiceClientView client, String apiKey) {
}
