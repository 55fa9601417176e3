-- Who may see what: a staff user is tied to one staff member of the plans (the id used in the terms), and
-- the page's logins are sessions of their own, so that a browser never holds the user's long-lived token.
-- Like the tokens, a session id is kept only as its SHA-256 hash. Sessions are removed at logout; the rest
-- of the schema is only ever added to.

ALTER TABLE users ADD COLUMN staff_id TEXT;

CREATE TABLE user_sessions (
    id_hash    TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
