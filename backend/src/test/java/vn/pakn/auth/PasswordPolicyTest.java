package vn.pakn.auth;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String PHONE = "+84982123456";
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.violations("Núi Chư Đăng Ya 2026", PHONE, "old password"), empty());
    }

    @Test
    void refusesShortOnesCountingCharactersNotBytes() {
        assertThat(policy.violations("Đắk-Đoa-9", PHONE, null), contains("password-too-short"));
        assertThat(policy.violations("Đắk-Đoa-91", PHONE, null), empty());
    }

    @Test
    void refusesVeryLongOnes() {
        assertThat(policy.violations("x".repeat(129) + "Qz7", PHONE, null), hasItem("password-too-long"));
    }

    @Test
    void refusesThePhoneNumberInAnyForm() {
        assertThat(policy.violations("0982123456", PHONE, null), hasItem("password-contains-phone"));
        assertThat(policy.violations("84982123456", PHONE, null), hasItem("password-contains-phone"));
        assertThat(policy.violations("+84 982 123 456", PHONE, null), hasItem("password-contains-phone"));
        assertThat(policy.violations("matkhau-0982.123.456", PHONE, null), hasItem("password-contains-phone"));
        assertThat(policy.violations("0982123457-other", PHONE, null), not(hasItem("password-contains-phone")));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.violations("1234567890", PHONE, null), contains("password-too-common"));
        assertThat(policy.violations("QWERTYUIOP", PHONE, null), contains("password-too-common"));
    }

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(PasswordPolicy.loadCommonPasswords().size(), greaterThanOrEqualTo(10_000));
    }

    @Test
    void refusesTheCurrentPassword() {
        assertThat(policy.violations("Thử-nghiệm-2026!", PHONE, "Thử-nghiệm-2026!"),
                contains("password-same-as-current"));
    }
}
