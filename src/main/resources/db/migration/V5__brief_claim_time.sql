-- When a brief was claimed: one left 'sending' by an instance that died mid-send is taken up again later.
ALTER TABLE scheduled_brief ADD COLUMN claimed_at TIMESTAMP;
