-- What the name index is built from (every contact a lookup may find, with its aliases, role and organisation) kept
-- as one value, so that Kith starts by reading one row rather than every contact's whole row: reading 20,000 of
-- those was half of what Kith did before it could answer. Derived data only, like the ready cards.
--
-- ready_state.names_version counts the transactions that changed those columns: each one adds one. The kept value
-- says which version it was read at, and is used only while that is still the version; otherwise Kith reads the
-- contact table and keeps what it read.
ALTER TABLE ready_state ADD COLUMN names_version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE ready_names (
    id            INT     NOT NULL PRIMARY KEY,   -- always 1: one value for the whole store
    names_version BIGINT  NOT NULL,
    format        INT     NOT NULL,               -- how entries is written: another format is read as missing
    entries       VARCHAR NOT NULL
);
