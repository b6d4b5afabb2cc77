-- The vault's Markdown files that are not people notes (daily notes, projects, meetings), each with its stamp (see
-- V12), so that an import need not read and parse one again to find that out: in a vault of daily notes they are most
-- of its files. Only files Kith read and found to be no people note are here; one read again is taken out, and put
-- back if it still is none.
CREATE TABLE other_file (
    path          VARCHAR(2000) NOT NULL PRIMARY KEY,
    file_size     BIGINT        NOT NULL,
    file_modified BIGINT        NOT NULL,
    file_changed  BIGINT
);
