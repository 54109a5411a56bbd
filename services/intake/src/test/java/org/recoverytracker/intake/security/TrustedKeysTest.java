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
