package org.socketslab.book;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

/**
 * openhtmltopdf's log, kept instead of printed: its progress messages are dropped, and its
 * warnings (an image it cannot load, a CSS declaration it skips) are kept for {@link PdfBook} to
 * fail on.
 */
final class WarningLog implements XRLogger {
    /** Each once, in the order they came: a missing picture is reported at every use. */
    private final Set<String> warnings = new LinkedHashSet<>();

    private WarningLog() {
    }

    /** Routes openhtmltopdf's log here from now on. */
    static WarningLog install() {
        WarningLog log = new WarningLog();
        XRLog.setLoggerImpl(log);
        XRLog.setLoggingEnabled(true);
        return log;
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public synchronized void log(String where, Level level, String msg, Throwable th) {
        if (isWarning(level)) {
            warnings.add(th == null ? msg : msg + ": " + th);
        }
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return isWarning(diagnostic.getLevel());
    }

    @Override
    public synchronized void log(Diagnostic diagnostic) {
        if (isWarning(diagnostic.getLevel())) {
            String text = diagnostic.getFormattedMessage();
            warnings.add(diagnostic.hasError() ? text + ": " + diagnostic.getError() : text);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are this class's to decide: warnings and worse are kept, the rest dropped.
    }

    private static boolean isWarning(Level level) {
        return level.intValue() >= Level.WARNING.intValue();
    }
}
