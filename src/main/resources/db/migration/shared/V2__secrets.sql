-- Secrets the application generates for itself (see org.projectnexus.shared.Secrets).
CREATE TABLE nexus_secret
(
    name       TEXT PRIMARY KEY,
    value      BYTEA                    NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
