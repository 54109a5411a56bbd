package org.recoverytracker.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.TestKeys;
import org.recoverytracker.testkit.TestTokens;

class TrustedKeysTest {
    private final TrustedKeys keys = TrustedKeys.parse(TestKeys.publicJwks());

    @Test
    void acceptsOnlyRs256SignaturesOfATrustedKey() throws Exception {
        TestTokens.Token token = TestTokens.user("someone");

        assertThat(keys.verify(SignedJWT.parse(token.sign()))).isTrue();
        assertThat(keys.verify(SignedJWT.parse(token.signWithOtherKey()))).isFalse();
        assertThat(keys.supports(JWSAlgorithm.HS256)).isFalse();
        assertThat(keys.supports(JWSAlgorithm.RS256)).isTrue();
    }

    /** A token is checked once and then remembered; a changed byte anywhere is a different token, checked afresh. */
    @Test
    void aRememberedTokenNeverVouchesForAnAlteredOneAndAForgedOneIsNeverRemembered() throws Exception {
        String genuine = TestTokens.user("someone").sign();
        String[] parts = genuine.split("\\.");
        String otherSignature = TestTokens.user("someone").signWithOtherKey().split("\\.")[2];
        String flippedSignature = parts[2].substring(0, parts[2].length() - 2)
                + (parts[2].endsWith("AA") ? "BB" : "AA");
        String forged = TestTokens.user("someone").signWithOtherKey();

        for (int i = 0; i < 3; i++) {
            assertThat(keys.verify(SignedJWT.parse(genuine))).as("the genuine token, time %s", i).isTrue();
            assertThat(keys.verify(SignedJWT.parse(parts[0] + "." + parts[1] + "." + otherSignature)))
                    .as("its claims under another key's signature").isFalse();
            assertThat(keys.verify(SignedJWT.parse(parts[0] + "." + parts[1] + "." + flippedSignature)))
                    .as("its signature altered").isFalse();
            assertThat(keys.verify(SignedJWT.parse(forged))).as("a forged token, time %s", i).isFalse();
        }
        // the genuine token once, the three altered or forged ones every time
        assertThat(keys.signatureChecks()).isEqualTo(1 + 3 * 3);
    }

    @Test
    void moreTokensThanCanBeRememberedAreEachStillChecked() throws Exception {
        TrustedKeys few = TrustedKeys.parse(TestKeys.publicJwks(), 4);
        for (int i = 0; i < 10; i++) {
            String genuine = TestTokens.user("officer-" + i).sign();
            assertThat(few.verify(SignedJWT.parse(genuine))).isTrue();
            assertThat(few.verify(SignedJWT.parse(genuine))).as("remembered").isTrue();
            assertThat(few.verify(SignedJWT.parse(TestTokens.user("officer-" + i).signWithOtherKey()))).isFalse();
        }
    }

    @Test
    void publishesOnlyThePublicHalfEvenWhenGivenAPrivateKey() {
        TrustedKeys fromPrivate = TrustedKeys.parse(TestKeys.signingJwk());

        assertThat(fromPrivate.toJwkSet().toString(false)).doesNotContain("\"d\"").contains("\"n\"");
        assertThat(fromPrivate.toJwkSet().getKeys().getFirst().isPrivate()).isFalse();
    }

    @Test
    void refusesSomethingThatIsNotAKey() {
        assertThatThrownBy(() -> TrustedKeys.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedKeys.parse("{\"keys\":[]}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void developmentKeyIsRefusedWhereItIsNotAllowed() {
        TokenVerification verification = new TokenVerification();
        String development = TokenVerification.resource(TokenVerification.DEVELOPMENT_KEYS);

        assertThatThrownBy(() -> verification.trustedKeys("", false)).hasMessageContaining("allow-dev-key");
        assertThatThrownBy(() -> verification.trustedKeys(development, false)).hasMessageContaining("development key");
        assertThat(verification.trustedKeys("", true).keyIds()).containsExactly("development-only");
        assertThat(verification.trustedKeys(TestKeys.publicJwks(), false).keyIds()).containsExactly("test-only-2024");
    }
}
