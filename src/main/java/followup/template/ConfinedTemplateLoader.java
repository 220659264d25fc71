package followup.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The templates directory as FreeMarker loads from it. FreeMarker already refuses a file that resolves outside the
 * directory (a symbolic link out of it), but with a {@link SecurityException} that would escape the template's
 * error handling; here it is an {@link IOException}, which FreeMarker reports with the line of the
 * {@code <#include>} like any other template it cannot load.
 */
final class ConfinedTemplateLoader implements TemplateLoader {
    private final FileTemplateLoader files;
    private final Path dir;

    ConfinedTemplateLoader(Path dir) throws IOException {
        this.files = new FileTemplateLoader(dir.toFile());
        this.dir = dir;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return files.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new IOException("\"" + name + "\" leads outside the templates directory " + dir
                    + " (a link to a file elsewhere?)");
        }
    }

    @Override
    public long getLastModified(Object source) {
        return files.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return files.getReader(source, encoding);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        files.closeTemplateSource(source);
    }
}
