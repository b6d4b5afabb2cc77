-- Cards kept ready to read, so that /who reads one or two rows instead of every content table and the mention
-- index. Derived data only: the content tables above stay the record, and a missing or outdated ready card
-- makes Kith read those tables instead. VARCHAR without a length holds any text on PostgreSQL, and up to a
-- billion characters on H2, stored in the row rather than apart as TEXT's large objects are.

-- What a person's own note puts on their card, as JSON; written with the note's content, in the same transaction.
CREATE TABLE ready_card (
    contact_id BIGINT  NOT NULL PRIMARY KEY REFERENCES contact (id),
    format     INT     NOT NULL,   -- the JSON's version: a card of another version is written again on import
    note_part  VARCHAR NOT NULL
);

-- Where other notes name the person, as JSON (notes by contact id), for those named anywhere; rebuilt at the end
-- of each import for the names the import touched.
CREATE TABLE ready_appearances (
    contact_id  BIGINT  NOT NULL PRIMARY KEY REFERENCES contact (id),
    appearances VARCHAR NOT NULL
);

-- One row. appearances_current is false from the start of an import until its appearances are rebuilt: an
-- import that stopped half-way leaves it false, cards read the mention table, and the next import rebuilds all.
CREATE TABLE ready_state (
    id                  INT     NOT NULL PRIMARY KEY,
    appearances_current BOOLEAN NOT NULL
);
INSERT INTO ready_state (id, appearances_current) VALUES (1, FALSE);
