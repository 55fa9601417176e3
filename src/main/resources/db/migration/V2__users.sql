-- Access control. Only a hash of each token is kept, so a copy of the database file opens no door.

CREATE TABLE users (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    school_id  TEXT,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT,
    CONSTRAINT user_token_hash UNIQUE (token_hash)
);
