-- Version 3: why a message is held or moved, what kind of answer held an interview, a message's identity in the
-- mailbox log that survives a UIDVALIDITY change, and the out-of-office return dates per address.
ALTER TABLE fu_messages ADD COLUMN cause VARCHAR(20);

ALTER TABLE fu_replies ADD COLUMN kind VARCHAR(20) DEFAULT 'reply' NOT NULL;

-- The mailbox log is keyed by the message's identity (mail_key: its Message-ID, or a hash of stable headers), no
-- longer by folder/UIDVALIDITY/UID, which change when the server renumbers a folder. Rebuilt without the old key.
CREATE TABLE fu_mail_seen_v2 (
  folder        VARCHAR(400)  NOT NULL,
  uid_validity  BIGINT        NOT NULL,
  uid           BIGINT        NOT NULL,
  received_at   BIGINT        NOT NULL,
  message_id    VARCHAR(400),
  from_addr     VARCHAR(320),
  subject       VARCHAR(400),
  verdict       VARCHAR(20)   NOT NULL,
  interview_id  VARCHAR(64),
  detail        VARCHAR(2000),
  mail_key      VARCHAR(400)
);
INSERT INTO fu_mail_seen_v2 (folder, uid_validity, uid, received_at, message_id, from_addr, subject, verdict,
  interview_id, detail, mail_key)
  SELECT folder, uid_validity, uid, received_at, message_id, from_addr, subject, verdict, interview_id, detail,
    message_id FROM fu_mail_seen;
DROP TABLE fu_mail_seen;
ALTER TABLE fu_mail_seen_v2 RENAME TO fu_mail_seen;
CREATE INDEX fu_mail_seen_key ON fu_mail_seen (mail_key);
CREATE INDEX fu_mail_seen_received ON fu_mail_seen (received_at);

CREATE TABLE fu_away (
  address       VARCHAR(320)  NOT NULL PRIMARY KEY,
  back_on       VARCHAR(10),
  mail_ref      VARCHAR(500)  NOT NULL,
  received_at   BIGINT        NOT NULL
);

