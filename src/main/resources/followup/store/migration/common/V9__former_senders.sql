-- Version 9: a candidate's folder that sends from another address than it last did keeps the former sender's messages
-- under a name of its own, the folder's name, '~' and eight hex digits ('sam~1a2b3c4d'; see FormerPerson), so that
-- the rows of one job seeker no longer stand for the next one's who is given the folder. A folder's name has up to 64
-- characters: the columns that hold such a name are widened for the nine more.
ALTER TABLE fu_messages ALTER COLUMN candidate SET DATA TYPE VARCHAR(80);
ALTER TABLE fu_senders ALTER COLUMN candidate SET DATA TYPE VARCHAR(80);
