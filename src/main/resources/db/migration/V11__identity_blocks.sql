-- Ids for the two tables an import fills by the thousand, taken in blocks of ${identity_block}. On H2 each block an
-- identity column takes (32 ids by default) is a commit of its own, which writes to the file every page changed
-- so far, the import's open transaction included: with a batch of 100 notes taking about nine blocks of contact
-- and decision ids, every note document was written to the file twice, once before its batch committed and
-- again after (the benchmark's import wrote 431 MB for a 257 MB store). A block is in memory only: H2 records
-- the ids used when it closes, and after a crash the rest of the block is skipped, never handed out twice.
-- PostgreSQL takes an id without a commit, and keeps such blocks per connection, so there the block stays 1.
ALTER TABLE contact ALTER COLUMN id SET CACHE ${identity_block};
ALTER TABLE decision ALTER COLUMN id SET CACHE ${identity_block};
