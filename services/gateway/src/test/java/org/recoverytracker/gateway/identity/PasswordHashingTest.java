package org.recoverytracker.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {
    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void storesArgon2idWithOwaspParametersAndASaltOfItsOwn() {
        String first = hashing.hash("mật khẩu đủ dài");
        String second = hashing.hash("mật khẩu đủ dài");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("mật khẩu");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void verifiesOnlyTheSamePassword() {
        String stored = hashing.hash("mật khẩu đủ dài");

        assertThat(hashing.verify("mật khẩu đủ dài", stored)).isTrue();
        assertThat(hashing.verify("mat khau du dai", stored)).isFalse();
        assertThat(hashing.verify("mật khẩu đủ dài", "not a hash")).isFalse();
        assertThat(hashing.verifyNobody("mật khẩu đủ dài")).isFalse();
    }

    @Test
    void aHashWithWeakerParametersStillVerifiesButAsksToBeReplaced() {
        // parameters as an older release with m=4096, t=1 would have stored them (only they matter here)
        String weaker = "$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        assertThat(hashing.needsRehash(weaker)).isTrue();
        assertThat(hashing.needsRehash(hashing.hash("x"))).isFalse();
    }
}
