-- Mentions are read by name only in passes over the whole table (rebuilding the appearances kept ready, finding
-- people named without a note of their own), and by one card at a time only while an import that stopped
-- half-way has left the kept appearances outdated. Keeping this index up to date was half the cost of writing a
-- mention, and the random inserts into it made the store's file two and a half times larger.
DROP INDEX mention_name_key;
