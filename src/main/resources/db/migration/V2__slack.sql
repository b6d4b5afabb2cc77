-- Events Slack delivered, by event_id: Slack retries an event it thinks we missed, and each must be handled
-- once, also across a restart.
CREATE TABLE processed_event (
    event_id    VARCHAR(64) PRIMARY KEY,
    received_at TIMESTAMP   NOT NULL
);

-- One contact per Slack user.
DROP INDEX contact_slack_user;
CREATE UNIQUE INDEX contact_slack_user ON contact (slack_user_id);
