package org.recoverytracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.gateway.identity.UserAccount;
import org.recoverytracker.intake.security.TrustedKeys;
import org.recoverytracker.testkit.TestKeys;

class AccessTokensTest {
    private static final Instant NOW = Instant.parse("2024-09-12T05:30:00Z");
    private static final UserAccount FIELD = new UserAccount("field", "Cán bộ", "FIELD_STAFF", List.of("04"), true, "x", NOW, NOW);

    private static AccessTokens tokens(String signingKey, String publicKeys, boolean allowDevelopmentKey) {
        return new AccessTokens(signingKey, allowDevelopmentKey, "recovery-tracker", Duration.ofMinutes(15), TrustedKeys.parse(publicKeys));
    }

    @Test
    void aGeneratedKeyPairSignsTokensItsPublicHalfVerifies(@TempDir Path directory) throws Exception {
        SigningKeyGenerator.main(new String[] {directory.toString()});
        String signing = Files.readString(directory.resolve(SigningKeyGenerator.SIGNING_KEY));
        String published = Files.readString(directory.resolve(SigningKeyGenerator.PUBLIC_KEYS));

        AccessTokens.Minted minted = tokens(signing, published, false).mint(FIELD, NOW, NOW);

        SignedJWT jwt = SignedJWT.parse(minted.token());
        assertThat(TrustedKeys.parse(published).verify(jwt)).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("field");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("FIELD_STAFF");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("areas")).containsExactly("04");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(minted.expiresIn()).isEqualTo(900);
        assertThat(published).doesNotContain("\"d\"");
    }

    @Test
    void refusesToStartWithTheDevelopmentKeyWhereItIsForbidden() throws Exception {
        String development = developmentPublicKeys();

        assertThatThrownBy(() -> tokens("", development, false)).hasMessageContaining("allow-dev-key");
        assertThat(tokens("", development, true).mint(FIELD, NOW, NOW).token()).isNotBlank();
    }

    @Test
    void refusesASigningKeyTheServicesWouldNotTrust() throws Exception {
        assertThatThrownBy(() -> tokens(TestKeys.signingJwk(), developmentPublicKeys(), false))
                .hasMessageContaining("not among the trusted keys");
        String publicHalfOnly = RSAKey.parse(TestKeys.signingJwk()).toPublicJWK().toJSONString();
        assertThatThrownBy(() -> tokens(publicHalfOnly, TestKeys.publicJwks(), false)).hasMessageContaining("private");
    }

    private static String developmentPublicKeys() throws IOException, ParseException {
        try (InputStream in = AccessTokens.class.getResourceAsStream(AccessTokens.DEVELOPMENT_KEY)) {
            return new JWKSet(RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).toPublicJWK()).toString(true);
        }
    }
}
