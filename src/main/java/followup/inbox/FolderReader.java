package followup.inbox;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.eclipse.angus.mail.iap.BadCommandException;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the new messages of one folder, opened read-only (EXAMINE), with a cost that does not grow with the folder:
 * <ul>
 * <li>after a poll: first {@code STATUS folder (UIDNEXT UIDVALIDITY)}, without selecting it; the same UIDVALIDITY and
 * a UIDNEXT no higher than last time mean nothing arrived, and that is all (a poll of an unchanged folder costs one
 * round trip, whatever its size);</li>
 * <li>same UIDVALIDITY as last time: {@code UID FETCH lastUid+1:*}, skipped when UIDNEXT says nothing arrived;</li>
 * <li>first poll or UIDVALIDITY changed: a server-side {@code SEARCH SINCE <since - 1 day>} (SINCE compares dates
 * only, in the server's zone), then INTERNALDATE filters exactly;</li>
 * <li>for those messages only ENVELOPE, INTERNALDATE, UID and {@code BODY.PEEK[HEADER.FIELDS (...)]} of
 * {@link InboxMessages#HEADERS}, in one FETCH (one per message, after their UIDs, when such a FETCH broke the
 * connection, until a read succeeds or while a message is left unread: see {@link Reading}); delivery reports then
 * fetch BODYSTRUCTURE and their DSN parts;</li>
 * <li>the few messages the caller wants read further (suspected bounces, replies and automatic answers) then fetch
 * BODYSTRUCTURE and the start of their text and calendar parts ({@link MessageContents}).</li>
 * </ul>
 */
final class FolderReader {
    /** What one folder yielded: the messages to return and the state to save once they are handed over. */
    record Batch(String folder, FolderSync sync, List<InboxMessage> messages) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
    private static final String[] STATUS_ITEMS = {"UIDNEXT", "UIDVALIDITY"};
    private static final Duration SINCE_SLACK = Duration.ofDays(1);
    /** {@link Date} cannot hold every Instant; SEARCH dates are clamped to this range. */
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private FolderReader() {
    }

    /**
     * @param previous where the last poll left off; empty forces a resynchronisation
     * @throws FolderNotFoundException if the folder does not exist
     */
    static Batch read(Store store, String name, Instant since, Optional<FolderSync> previous,
                      ToIntFunction<InboxMessage> wantsContent) throws MessagingException {
        return read(store, name, since, previous, wantsContent, new Reading());
    }

    /**
     * @param reading where this folder's content reads stand; a message it names as read by its headers only is
     *                classified by them, with a warning
     */
    static Batch read(Store store, String name, Instant since, Optional<FolderSync> previous,
                      ToIntFunction<InboxMessage> wantsContent, Reading reading) throws MessagingException {
        reading.done();
        Folder f = store.getFolder(name);
        if (!(f instanceof IMAPFolder folder)) {
            throw new MessagingException(name + " is not an IMAP folder");
        }
        if (previous.isPresent() && unchanged(folder, previous.get())) {
            return new Batch(name, previous.get(), List.of());
        }
        folder.open(Folder.READ_ONLY);
        try {
            long validity = folder.getUIDValidity();
            if (validity <= 0) {
                throw new MessagingException("the server reports no UIDVALIDITY for " + name);
            }
            boolean resync = previous.isEmpty() || previous.get().uidValidity() != validity;
            if (resync && previous.isPresent()) {
                LOG.info("UIDVALIDITY of {} changed from {} to {}: reading it again from {}", name,
                        previous.get().uidValidity(), validity, since);
            }
            long floor = resync ? 0 : previous.get().lastUid();
            Message[] candidates = resync ? search(folder, since) : newerThan(folder, floor);
            boolean careful = reading.careful(folder, validity, candidates);
            if (!careful) {
                reading.startBatch(); // until the first message is looked at: Angus may only notice a cut there
                folder.fetch(candidates, profile());
            }

            long lastUid = resync ? highestUid(folder) : floor;
            List<InboxMessage> messages = new ArrayList<>();
            for (Message m : candidates) {
                long uid = folder.getUID(m);
                if (uid <= floor) {
                    continue; // "UID FETCH n:*" returns the last message even when its UID is below n
                }
                lastUid = Math.max(lastUid, uid);
                reading.start(validity, uid, true);
                if (!reading.readable(validity, uid)) {
                    LOG.warn("Message UID {} in folder {} was left unread: reading its headers made the IMAP server"
                            + " drop the connection, poll after poll. It was not checked for a reply, a bounce or an"
                            + " automatic answer: look at it in your mail client", uid, name);
                    continue;
                }
                if (careful) {
                    folder.fetch(new Message[] {m}, profile());
                }
                Instant received = receivedOf(m, since);
                if (!received.isBefore(since)) {
                    boolean body = reading.contentAllowed(validity, uid);
                    if (!body) {
                        LOG.warn("Message UID {} in folder {} was read by its headers only: reading its content"
                                + " made the IMAP server drop the connection, poll after poll", uid, name);
                    }
                    reading.start(validity, uid, !body);
                    InboxMessage read = InboxMessages.from((MimeMessage) m, name, uid, received, body);
                    int textLimit = body ? wantsContent.applyAsInt(read) : 0;
                    messages.add(textLimit > 0 ? InboxMessages.withContent(read, (MimeMessage) m, textLimit) : read);
                }
                reading.done();
            }
            reading.succeeded();
            LOG.debug("{}: {} candidate(s), {} returned, last UID {}", name, candidates.length, messages.size(),
                    lastUid);
            return new Batch(name, new FolderSync(validity, lastUid), messages);
        } finally {
            closeQuietly(folder);
        }
    }

    /**
     * True when {@code STATUS} says the folder has the same UIDVALIDITY and no UID beyond the last one seen. A server
     * that leaves out either item (or refuses STATUS) gets the full read.
     */
    private static boolean unchanged(IMAPFolder folder, FolderSync previous) throws MessagingException {
        Status status;
        try {
            status = (Status) folder.doCommand(p -> p.status(folder.getFullName(), STATUS_ITEMS));
        } catch (MessagingException e) {
            if (e.getCause() instanceof BadCommandException) {
                return false;
            }
            if (e.getCause() instanceof CommandFailedException) {
                throw new FolderNotFoundException(folder, e.getMessage()); // STATUS NO: no such folder
            }
            throw e;
        }
        return status != null && status.uidvalidity == previous.uidValidity() && status.uidnext > 0
                && status.uidnext <= previous.lastUid() + 1;
    }

    /** A failed CLOSE must not hide the batch or the original failure; a broken store is reopened next poll. */
    private static void closeQuietly(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false); // read-only: CLOSE expunges nothing
            }
        } catch (MessagingException | IllegalStateException e) {
            LOG.debug("closing {} failed: {}", folder.getFullName(), e.toString());
        }
    }

    /** The UIDs alone: a read that fetches each message's headers on its own first learns which messages these are. */
    static FetchProfile uids() {
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        return profile;
    }

    static FetchProfile profile() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE); // Angus fetches INTERNALDATE and RFC822.SIZE with it
        profile.add(UIDFolder.FetchProfileItem.UID);
        InboxMessages.HEADERS.forEach(profile::add);
        return profile;
    }

    private static Message[] search(IMAPFolder folder, Instant since) throws MessagingException {
        Instant from = since.isBefore(EARLIEST.plus(SINCE_SLACK)) ? EARLIEST
                : since.isAfter(LATEST) ? LATEST : since.minus(SINCE_SLACK);
        return folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(from)));
    }

    private static Message[] newerThan(IMAPFolder folder, long lastUid) throws MessagingException {
        long next = folder.getUIDNext();
        if (next > 0 && next <= lastUid + 1) {
            return new Message[0];
        }
        return folder.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
    }

    /** UIDNEXT - 1 from the EXAMINE response, else the UID of the last message, else 0. */
    private static long highestUid(IMAPFolder folder) throws MessagingException {
        long next = folder.getUIDNext();
        if (next > 0) {
            return next - 1;
        }
        int count = folder.getMessageCount();
        return count == 0 ? 0 : folder.getUID(folder.getMessage(count));
    }

    /** INTERNALDATE; a server that sends none (none known) falls back to the Date header, then to {@code since}. */
    private static Instant receivedOf(Message m, Instant since) throws MessagingException {
        Date date = m.getReceivedDate();
        if (date == null) {
            date = m.getSentDate();
        }
        return date == null ? since : date.toInstant();
    }
}
