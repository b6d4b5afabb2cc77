-- What the file of each note looked like when its content was last stored or found unchanged: its size, the time it
-- was last modified and, on Unix, the time its status last changed (ctime), each in nanoseconds since the epoch. An
-- import that finds a file with the same three values takes it as unchanged without reading it: reading and hashing
-- every file was two thirds of re-importing the benchmark's unchanged vault. Null where not known, and for a file
-- modified too recently for its times to be trusted (see FileStamp): then the file is read and hashed, as before.
-- Columns of the contact rather than a table of their own: a first import writes no row more.
ALTER TABLE contact ADD COLUMN file_size BIGINT;
ALTER TABLE contact ADD COLUMN file_modified BIGINT;
ALTER TABLE contact ADD COLUMN file_changed BIGINT;
