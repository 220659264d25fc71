-- Version 3: why a message is held or moved, what kind of answer held an interview, a message's identity in the
-- mailbox log that survives a UIDVALIDITY change, and the out-of-office return dates per address.
ALTER TABLE fu_messages ADD COLUMN cause VARCHAR(20);

ALTER TABLE fu_replies ADD COLUMN kind VARCHAR(20) DEFAULT 'reply' NOT NULL;

ALTER TABLE fu_mail_seen ADD COLUMN mail_key VARCHAR(400);
CREATE INDEX fu_mail_seen_key ON fu_mail_seen (mail_key);

CREATE TABLE fu_away (
  address       VARCHAR(320)  NOT NULL PRIMARY KEY,
  back_on       VARCHAR(10),
  mail_ref      VARCHAR(500)  NOT NULL,
  received_at   BIGINT        NOT NULL
);

