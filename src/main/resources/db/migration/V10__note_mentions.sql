-- The people each note names besides its own (whoever an interaction came "via", related people), as one JSON
-- value per note rather than a row per mention. The benchmark's 20,000 notes name 260,000 people: writing those
-- rows, and reading them all back to rebuild the appearances kept ready, was a quarter of an import's time, while
-- a note's mentions are only ever read whole, written with their note, or all at once.
--
-- The mention table stays, for the notes written by a Kith before this table, until the next import writes each of
-- them again (below): a note's mentions are its rows there when it has any, else its row here. This version never
-- writes that table, so a note that has both was last written by an earlier Kith sharing the store (during a rolling
-- upgrade), and its rows there are the newer. Writing a note again empties both. While an active note's mentions
-- are rows there, an import rebuilds every appearance kept ready, as an earlier Kith's import counts the rows alone.
CREATE TABLE note_mentions (
    contact_id BIGINT  NOT NULL PRIMARY KEY REFERENCES contact (id),
    format     INT     NOT NULL,   -- the JSON's version
    mentions   VARCHAR NOT NULL
);

-- Notes whose mentions are rows are written again by the next import, which moves their mentions here.
UPDATE contact SET document_format = NULL WHERE id IN (SELECT source_contact_id FROM mention);
