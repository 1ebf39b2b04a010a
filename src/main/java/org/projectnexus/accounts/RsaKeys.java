package org.projectnexus.accounts;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** RSA signing keys as PEM text, DER bytes and JWKs. */
final class RsaKeys {

    private static final Pattern PKCS8 =
            Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+?)-----END PRIVATE KEY-----");

    private RsaKeys() {}

    /**
     * Every private key (PKCS#8 PEM) in the text, in order, with its RFC 7638 thumbprint as key
     * id: the same key has the same id on every replica.
     */
    static List<RSAKey> fromPem(String pem, String where) {
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("The JWT key in " + where + " is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it"
                    + " to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem`");
        }
        var keys = new ArrayList<RSAKey>();
        var matcher = PKCS8.matcher(pem);
        while (matcher.find()) {
            var der = Base64.getMimeDecoder().decode(matcher.group(1));
            keys.add(withThumbprint(fromPkcs8(der, "pending", where)));
        }
        return keys;
    }

    /** A private key from its PKCS#8 DER bytes, public part derived. */
    static RSAKey fromPkcs8(byte[] der, String keyId, String where) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return builder(publicKey, keyId).privateKey(privateKey).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Not an RSA private key in PKCS#8 form: " + where, e);
        }
    }

    /** A verification-only key from its X.509 SubjectPublicKeyInfo DER bytes. */
    static RSAKey fromPublic(byte[] der, String keyId) {
        try {
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
            return builder(publicKey, keyId).build();
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Not an RSA public key: JWT key " + keyId, e);
        }
    }

    static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    static String toPem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static RSAKey withThumbprint(RSAKey key) {
        try {
            return new RSAKey.Builder(key)
                    .keyID(key.computeThumbprint().toString())
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static RSAKey.Builder builder(RSAPublicKey publicKey, String keyId) {
        return new RSAKey.Builder(publicKey)
                .keyID(keyId)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256);
    }
}
