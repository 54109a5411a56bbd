package org.recoverytracker.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Makes a new RS256 signing key (RSA 3072). {@code ./recovery up} runs it once into {@code .stack/up/keys}:
 * {@code signing-key.jwk} (private, for the gateway only) and {@code public-keys.jwks} (for every service). With
 * {@code --env} it prints both as the variables docker-compose reads, for a {@code .env} file.
 * <pre>java -cp services/gateway/target/gateway-0.1.0-SNAPSHOT.jar org.recoverytracker.gateway.auth.SigningKeyGenerator --env</pre>
 */
public final class SigningKeyGenerator {
    static final String SIGNING_KEY = "signing-key.jwk";
    static final String PUBLIC_KEYS = "public-keys.jwks";

    private SigningKeyGenerator() {
    }

    public static void main(String[] args) throws IOException, JOSEException {
        if (args.length != 1) {
            System.err.println("usage: SigningKeyGenerator <directory> | --env");
            System.exit(2);
        }
        RSAKey key = generate();
        String publicKeys = new JWKSet(key.toPublicJWK()).toString(true);
        if (args[0].equals("--env")) {
            System.out.println("RECOVERY_SECURITY_JWT_SIGNING_KEY='" + key.toJSONString() + "'");
            System.out.println("RECOVERY_SECURITY_JWT_PUBLIC_KEYS='" + publicKeys + "'");
            return;
        }
        Path directory = Path.of(args[0]);
        Files.createDirectories(directory);
        Path signing = directory.resolve(SIGNING_KEY);
        Files.writeString(signing, key.toJSONString());
        try {
            Files.setPosixFilePermissions(signing, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions keeps its defaults
        }
        Files.writeString(directory.resolve(PUBLIC_KEYS), publicKeys);
        System.out.println("key " + key.getKeyID() + " written to " + directory);
    }

    static RSAKey generate() throws JOSEException {
        return new RSAKeyGenerator(3072)
                .keyID(LocalDate.now() + "-" + UUID.randomUUID().toString().substring(0, 8))
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
    }
}
