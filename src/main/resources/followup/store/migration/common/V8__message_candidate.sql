-- Version 8: each message names its candidate in a column of its own, with an index on it and the state. A
-- candidate's queries (their due messages, those without a trigger, each second for every candidate) found their
-- rows with interview_id LIKE 'alice/%', which neither H2 nor PostgreSQL (outside the C collation) answers from an
-- index: each read every planned message of every candidate. The candidate is the part of the interview id before
-- its slash, '' for the one job seeker of a config without candidates.
ALTER TABLE fu_messages ADD COLUMN candidate VARCHAR(64) DEFAULT '' NOT NULL;
UPDATE fu_messages SET candidate = SUBSTRING(interview_id FROM 1 FOR POSITION('/' IN interview_id) - 1)
  WHERE POSITION('/' IN interview_id) > 0;
CREATE INDEX fu_messages_candidate ON fu_messages (candidate, state);
