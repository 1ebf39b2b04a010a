-- JWT signing keys made by the application (org.projectnexus.accounts.DatabaseJwtKeys), shared by
-- every replica. The private key is sealed with AES-GCM under the key-encryption key (see
-- org.projectnexus.shared.Secrets): NEXUS_SECRETS_KEY when configured, else one in nexus_secret.
-- A key signs from active_from on; it is published (and verifies) from the moment it is stored.
CREATE TABLE jwt_signing_key
(
    kid         TEXT PRIMARY KEY,
    public_key  BYTEA                    NOT NULL,
    private_key BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    active_from TIMESTAMP WITH TIME ZONE NOT NULL
);
