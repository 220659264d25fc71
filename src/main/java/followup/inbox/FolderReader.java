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
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the new messages of one folder, opened read-only (EXAMINE), with a cost that does not grow with the folder:
 * <ul>
 * <li>same UIDVALIDITY as last time: {@code UID FETCH lastUid+1:*}, skipped when UIDNEXT says nothing arrived;</li>
 * <li>first poll or UIDVALIDITY changed: a server-side {@code SEARCH SINCE <since - 1 day>} (SINCE compares dates
 * only, in the server's zone), then INTERNALDATE filters exactly;</li>
 * <li>for those messages only ENVELOPE, INTERNALDATE, UID and {@code BODY.PEEK[HEADER.FIELDS (...)]} of
 * {@link InboxMessages#HEADERS}, in one FETCH; delivery reports then fetch BODYSTRUCTURE and their DSN parts;</li>
 * <li>the few messages the caller wants read further (suspected bounces, replies and automatic answers) then fetch
 * BODYSTRUCTURE and the start of their text and calendar parts ({@link MessageContents}).</li>
 * </ul>
 */
final class FolderReader {
    /** What one folder yielded: the messages to return and the state to save once they are handed over. */
    record Batch(String folder, FolderSync sync, List<InboxMessage> messages) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FolderReader.class);
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
        Folder f = store.getFolder(name);
        if (!(f instanceof IMAPFolder folder)) {
            throw new MessagingException(name + " is not an IMAP folder");
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
            folder.fetch(candidates, profile());

            long lastUid = resync ? highestUid(folder) : floor;
            List<InboxMessage> messages = new ArrayList<>();
            for (Message m : candidates) {
                long uid = folder.getUID(m);
                if (uid <= floor) {
                    continue; // "UID FETCH n:*" returns the last message even when its UID is below n
                }
                lastUid = Math.max(lastUid, uid);
                Instant received = receivedOf(m, since);
                if (!received.isBefore(since)) {
                    InboxMessage read = InboxMessages.from((MimeMessage) m, name, uid, received);
                    int textLimit = wantsContent.applyAsInt(read);
                    messages.add(textLimit > 0 ? InboxMessages.withContent(read, (MimeMessage) m, textLimit) : read);
                }
            }
            LOG.debug("{}: {} candidate(s), {} returned, last UID {}", name, candidates.length, messages.size(),
                    lastUid);
            return new Batch(name, new FolderSync(validity, lastUid), messages);
        } finally {
            closeQuietly(folder);
        }
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
