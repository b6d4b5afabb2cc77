-- A queued write-back's line is made from its decision when the write is made (a recorded decision's text, link
-- and date never change), so the column only ever held an empty string that nothing read.
ALTER TABLE note_write DROP COLUMN line;
