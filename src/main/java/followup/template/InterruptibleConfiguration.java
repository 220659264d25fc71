package followup.template;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * FreeMarker's configuration, with a check for thread interruption added to every loop of every template it loads:
 * the main template and whatever it includes or imports all come through this one {@code getTemplate}. A render
 * that runs past its time limit is interrupted (see {@link Bounded}), and a {@code <#list>} over an endless range
 * then stops at its next turn. FreeMarker provides the check itself but only through {@code _CoreAPI}, its
 * internal API; templates made at render time by {@code ?interpret} do not get it (their writes still stop).
 */
final class InterruptibleConfiguration extends Configuration {
    private final Set<Template> checked = Collections.newSetFromMap(new WeakHashMap<>());

    InterruptibleConfiguration() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                ignoreMissing);
        if (template != null) {
            synchronized (checked) {
                if (checked.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
        }
        return template;
    }
}
