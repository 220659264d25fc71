package followup.inbox;

import jakarta.mail.FolderNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Incremental poll of the watched folders (see {@link FolderReader} for the IMAP commands), on the mailbox's one
 * {@link ImapSession}: the connection stays open between polls and is reopened when it dropped. Thread-safe: polls
 * are serialised.
 *
 * <p>Duplicates: after a UIDVALIDITY change the folder is read again from {@code since}, so messages already
 * returned come back with new UIDs. Callers de-duplicate by folder + UIDVALIDITY (the one saved in the
 * {@link SyncStateStore} by the same poll) + UID, or by Message-ID; acting twice on the same reply must be harmless.
 *
 * <p>Only UIDs above the saved one are read, so if {@code since} moves earlier (a record added for a past
 * interview), call {@link #rescan} once.
 */
public final class ImapPoller implements AutoCloseable {
    private final ImapSession session;
    private final List<String> folders;
    private final SyncStateStore sync;
    /** Failed reads of one message's content in a row, after which it is read by its headers only. */
    static final int STRIKES = 2;
    private final java.util.Map<String, Reading> readings = new java.util.HashMap<>();
    private final java.util.Map<String, Strikes> broken = new java.util.HashMap<>();
    /** Polls begun, to count a message's failures once per poll. */
    private long polls;

    public ImapPoller(ImapSession session, List<String> folders, SyncStateStore sync) {
        this.session = Objects.requireNonNull(session, "session");
        this.folders = List.copyOf(folders);
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    /** With a session of its own on this connector. */
    public ImapPoller(ImapConnector connector, List<String> folders, SyncStateStore sync) {
        this(new ImapSession(connector, Clock.systemUTC()), folders, sync);
    }

    /**
     * The messages that arrived in the watched folders since the last poll, in folder then UID order. The new
     * positions are saved only once every folder has been read, so a failure never loses messages; a crash after
     * this returns does (use {@link #poll(Instant, Consumer)} to record them first).
     *
     * <p>A message whose INTERNALDATE is before {@code since} is skipped, in a resynchronisation and in an
     * incremental poll alike, but its UID counts as seen.
     *
     * @param since do not look at messages received before this (the oldest active interview's start)
     */
    public synchronized List<InboxMessage> poll(Instant since) throws InboxUnavailableException {
        polls++;
        List<FolderReader.Batch> batches = new ArrayList<>();
        for (String folder : folders) {
            batches.add(read(folder, since, sync.load(folder), Classifier::wantsContentWithoutStore));
        }
        List<InboxMessage> all = new ArrayList<>();
        for (FolderReader.Batch batch : batches) {
            sync.save(batch.folder(), batch.sync());
            all.addAll(batch.messages());
        }
        return all;
    }

    /**
     * The same poll, handing each folder's new messages to {@code sink} before saving that folder's position: if
     * the sink records them in the same transaction as {@link SyncStateStore#save}, or throws, nothing is lost.
     */
    public synchronized void poll(Instant since, Consumer<List<InboxMessage>> sink) throws InboxUnavailableException {
        poll(since, Classifier::wantsContentWithoutStore, sink);
    }

    /**
     * The same poll, reading further the messages {@code wantsContent} asks for (how many characters of their
     * text; 0 for none), while the folder is open: {@link Classifier#wantsContent} reads suspected bounces, replies
     * and automatic answers, so invitations, return dates and rejections can be seen.
     */
    public synchronized void poll(Instant since, ToIntFunction<InboxMessage> wantsContent,
                                  Consumer<List<InboxMessage>> sink) throws InboxUnavailableException {
        polls++;
        for (String folder : folders) {
            FolderReader.Batch batch = read(folder, since, sync.load(folder), wantsContent);
            sink.accept(batch.messages());
            sync.save(folder, batch.sync());
        }
    }

    /** Every message received since {@code since}, found by server-side SEARCH; the saved positions are untouched. */
    public synchronized List<InboxMessage> rescan(Instant since) throws InboxUnavailableException {
        polls++;
        List<InboxMessage> all = new ArrayList<>();
        for (String folder : folders) {
            all.addAll(read(folder, since, Optional.empty(), Classifier::wantsContentWithoutStore).messages());
        }
        return all;
    }

    /**
     * The same, reading further what {@code wantsContent} asks for and handing each folder's messages to {@code sink}:
     * the mail that came before an interview's record was written is read again for it.
     */
    public synchronized void rescan(Instant since, ToIntFunction<InboxMessage> wantsContent,
                                    Consumer<List<InboxMessage>> sink) throws InboxUnavailableException {
        polls++;
        for (String folder : folders) {
            sink.accept(read(folder, since, Optional.empty(), wantsContent).messages());
        }
    }

    private FolderReader.Batch read(String folder, Instant since, Optional<FolderSync> previous,
                                    ToIntFunction<InboxMessage> wantsContent) {
        Objects.requireNonNull(since, "since");
        Reading reading = readings.computeIfAbsent(folder, f -> new Reading());
        return session.read("read the IMAP folder \"" + folder + "\"", store -> {
            try {
                FolderReader.Batch batch = FolderReader.read(store, folder, since, previous, wantsContent, reading);
                broken.remove(folder);
                return batch;
            } catch (FolderNotFoundException e) { // the connection is fine: keep it
                throw new InboxUnavailableException("the IMAP folder \"" + folder + "\" does not exist on "
                        + session.connector().where());
            } catch (jakarta.mail.MessagingException | IllegalStateException e) {
                blame(folder, reading);
                throw e;
            }
        });
    }

    /**
     * A read of {@code folder} failed. While the headers of every new message were fetched at once: the next try
     * fetches them one message at a time. While one message was read: after {@value #STRIKES} polls in a row that
     * failed so on the same message, a message whose content broke the connection is read by its headers only, and
     * one whose headers did is left unread (with a warning each time it comes up), so that one message a server
     * cannot serve (some drop the connection on a structure their parser refuses) does not stop every later poll.
     */
    private void blame(String folder, Reading reading) {
        if (reading.inBatch()) {
            reading.oneByOne();
            return;
        }
        String message = reading.inProgress();
        if (message == null) {
            broken.remove(folder);
            return;
        }
        boolean headers = reading.inHeaders();
        Strikes last = broken.get(folder);
        boolean same = last != null && last.message().equals(message) && last.headers() == headers;
        if (same && last.poll() == polls) {
            return; // the same poll's second try, on a new connection: one strike per poll
        }
        int strikes = same ? last.count() + 1 : 1;
        if (strikes < STRIKES) {
            broken.put(folder, new Strikes(message, headers, strikes, polls));
        } else {
            if (headers) {
                reading.leaveUnread(message);
            } else {
                reading.headersOnly(message);
            }
            broken.remove(folder);
        }
    }

    /**
     * The message (UIDVALIDITY/UID) whose headers or content read failed last in a folder, in how many polls in a
     * row, and the last of them.
     */
    private record Strikes(String message, boolean headers, int count, long poll) {
    }

    /** Closes the connection if nobody used it for {@code idle} (see {@link ImapSession#closeIfIdle}). */
    public void closeIfIdle(java.time.Duration idle) {
        session.closeIfIdle(idle);
    }

    /**
     * The daemon stops: a poll of this mailbox in hand is cut short and no other begins
     * ({@link ImapSession#stopReads}); true if one was cut.
     */
    public boolean stopReads() {
        return session.stopReads();
    }

    /** The connection the polls use. */
    ImapSession session() {
        return session;
    }

    /** Closes the connection; the next poll opens a new one. */
    @Override
    public void close() {
        session.close();
    }
}
