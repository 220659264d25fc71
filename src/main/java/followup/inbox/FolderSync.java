package followup.inbox;

/**
 * Where polling left off in one IMAP folder: the folder's UIDVALIDITY when it was last read and the highest UID
 * seen then. UIDs are only comparable while UIDVALIDITY stays the same; when it changes the poller resynchronises.
 *
 * @param uidValidity the folder's UIDVALIDITY (positive)
 * @param lastUid     the highest UID already looked at, 0 if none
 */
public record FolderSync(long uidValidity, long lastUid) {
    public FolderSync {
        if (uidValidity <= 0) {
            throw new IllegalArgumentException("UIDVALIDITY must be positive, was " + uidValidity);
        }
        if (lastUid < 0) {
            throw new IllegalArgumentException("last UID must not be negative, was " + lastUid);
        }
    }
}
