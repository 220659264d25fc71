-- Version 4: many candidates in one deployment. An interview's id starts with its candidate's name ("alice/acme"),
-- so every key derived from it (messages, events, holds, replies) carries the candidate: the columns are widened for
-- the name. What the mailbox poll keeps that is not keyed by an interview (where it left off per folder, the mail it
-- has seen, bounced addresses, out-of-office return dates) is kept per candidate: the column candidate, '' for the
-- one job seeker of a config without candidates (every row made before this version).
ALTER TABLE fu_messages ALTER COLUMN interview_id SET DATA TYPE VARCHAR(200);
ALTER TABLE fu_events ALTER COLUMN interview_id SET DATA TYPE VARCHAR(200);
ALTER TABLE fu_holds ALTER COLUMN interview_id SET DATA TYPE VARCHAR(200);
ALTER TABLE fu_replies ALTER COLUMN interview_id SET DATA TYPE VARCHAR(200);
ALTER TABLE fu_mail_seen ALTER COLUMN interview_id SET DATA TYPE VARCHAR(200);

ALTER TABLE fu_mail_seen ADD COLUMN candidate VARCHAR(64) DEFAULT '' NOT NULL;
DROP INDEX fu_mail_seen_key;
CREATE INDEX fu_mail_seen_key ON fu_mail_seen (candidate, mail_key);

CREATE TABLE fu_imap_sync_v4 (
  candidate     VARCHAR(64)   DEFAULT '' NOT NULL,
  folder        VARCHAR(400)  NOT NULL,
  uid_validity  BIGINT        NOT NULL,
  last_uid      BIGINT        NOT NULL,
  PRIMARY KEY (candidate, folder)
);
INSERT INTO fu_imap_sync_v4 (candidate, folder, uid_validity, last_uid)
  SELECT '', folder, uid_validity, last_uid FROM fu_imap_sync;
DROP TABLE fu_imap_sync;
ALTER TABLE fu_imap_sync_v4 RENAME TO fu_imap_sync;

CREATE TABLE fu_bounced_v4 (
  candidate     VARCHAR(64)   DEFAULT '' NOT NULL,
  address       VARCHAR(320)  NOT NULL,
  msg_key       VARCHAR(400),
  diagnostic    VARCHAR(2000),
  at            BIGINT        NOT NULL,
  PRIMARY KEY (candidate, address)
);
INSERT INTO fu_bounced_v4 (candidate, address, msg_key, diagnostic, at)
  SELECT '', address, msg_key, diagnostic, at FROM fu_bounced;
DROP TABLE fu_bounced;
ALTER TABLE fu_bounced_v4 RENAME TO fu_bounced;

CREATE TABLE fu_away_v4 (
  candidate     VARCHAR(64)   DEFAULT '' NOT NULL,
  address       VARCHAR(320)  NOT NULL,
  back_on       VARCHAR(10),
  mail_ref      VARCHAR(500)  NOT NULL,
  received_at   BIGINT        NOT NULL,
  PRIMARY KEY (candidate, address)
);
INSERT INTO fu_away_v4 (candidate, address, back_on, mail_ref, received_at)
  SELECT '', address, back_on, mail_ref, received_at FROM fu_away;
DROP TABLE fu_away;
ALTER TABLE fu_away_v4 RENAME TO fu_away;
