package vn.pakn.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.auth.PasswordHasher;

/** Checks a password against the hash stored for an account, as sign-in will. */
@ApplicationScoped
public class StoredPasswords {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;
    @Inject
    PasswordHasher hasher;

    public boolean verifies(String phone, String clear) {
        return hasher.verify(clear, hash(phone)).await().atMost(Duration.ofSeconds(30));
    }

    private String hash(String phone) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement(
                        "select password_hash from account where phone = ?")) {
            statement.setString(1, phone);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no account " + phone);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
