-- What a note lists (interactions, key facts, topics, tasks, related links, other sections, tags, other fields),
-- as one JSON document per note. As rows they were some 45 per note, and on H2 every row costs twice: once to
-- write and once more at commit, which made an import of 20,000 notes take half a minute. These lists are only
-- ever read whole, with their note, so nothing is lost by not indexing them.
--
-- The tables that held them (interaction, key_fact, topic, task, related, note_section, contact_tag,
-- contact_attribute) are kept for stores imported before: Kith reads them for a note that has no document yet,
-- and the next import writes each such note again, as a document.
CREATE TABLE note_document (
    contact_id BIGINT  NOT NULL PRIMARY KEY REFERENCES contact (id),
    format     INT     NOT NULL,   -- the JSON's version: a note with a document of another is written again
    document   VARCHAR NOT NULL
);

-- The formats of the document and the ready card written with each note, where an import reads them: it checks
-- every note, and reading them from those rows would read the rows whole.
ALTER TABLE contact ADD COLUMN document_format INT;
ALTER TABLE contact ADD COLUMN card_format INT;
