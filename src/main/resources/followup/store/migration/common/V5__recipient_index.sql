-- Version 5: the mailbox poll asks for every incoming message whether its sender is someone followup wrote to
-- (MessageStore.wasSentTo): by recipient, which had no index.
CREATE INDEX fu_messages_recipient ON fu_messages (recipient);
