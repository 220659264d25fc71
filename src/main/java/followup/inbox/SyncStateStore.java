package followup.inbox;

import java.util.Optional;

/** Port to the database: remembers a {@link FolderSync} per watched folder between polls and restarts. */
public interface SyncStateStore {
    /** The state saved for {@code folder}, or empty if the folder was never polled. */
    Optional<FolderSync> load(String folder);

    /** Replaces the state of {@code folder}. */
    void save(String folder, FolderSync sync);
}
