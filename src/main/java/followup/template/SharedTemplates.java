package followup.template;

import followup.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Templates} per templates directory (and render time limit): the candidates of a deployment who share
 * a directory share its parsed files, so each is parsed and held once, however many candidates there are.
 */
public final class SharedTemplates {
    private record Key(Path dir, Duration renderTimeLimit) {
    }

    private final Map<Key, Templates> byDirectory = new ConcurrentHashMap<>();

    /**
     * The templates of one job seeker's settings, made at the first candidate with that directory.
     *
     * @return true in {@link Shared#first()} for that first candidate
     * @throws TemplateException when the directory does not exist, as {@link Templates#Templates(Settings)}
     */
    public Shared of(Settings settings) {
        boolean[] made = {false};
        Templates templates = byDirectory.computeIfAbsent(new Key(settings.templates(), settings.renderTimeLimit()),
                k -> {
                    made[0] = true;
                    return new Templates(settings);
                });
        return new Shared(templates, made[0]);
    }

    /**
     * @param first true for the first candidate with this directory (its files are checked then, once for all)
     */
    public record Shared(Templates templates, boolean first) {
    }
}
