-- Version 7: each candidate's sender address, as they last started. A candidate's folder renamed, or one job
-- seeker's setup moved into a deployment of candidates, gives every interview a new id; the messages that went out
-- under the old name are found by the address they were sent from (MessageStore.sentTwin), so none goes twice.
CREATE TABLE fu_senders (
  candidate  VARCHAR(64)  NOT NULL PRIMARY KEY,
  sender     VARCHAR(320) NOT NULL
);
CREATE INDEX fu_senders_sender ON fu_senders (sender);
