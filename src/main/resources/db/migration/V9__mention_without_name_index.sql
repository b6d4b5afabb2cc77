-- Mentions are read by name in passes over the whole table (rebuilding the appearances kept ready, finding people
-- named without a note of their own), and by one card at a time only while the kept appearances are outdated (an
-- import running in another process, or one that stopped half-way) or a card is read from the content tables (a
-- note stored by an earlier Kith, until the next import). Keeping this index up to date was half the cost of
-- writing a mention, and its random inserts made the store's file two and a half times larger.
DROP INDEX mention_name_key;
