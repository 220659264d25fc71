package followup.inbox;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SyncStateStore} in a map. */
final class MemorySyncStateStore implements SyncStateStore {
    final Map<String, FolderSync> saved = new ConcurrentHashMap<>();

    @Override
    public Optional<FolderSync> load(String folder) {
        return Optional.ofNullable(saved.get(folder));
    }

    @Override
    public void save(String folder, FolderSync sync) {
        saved.put(folder, sync);
    }
}
