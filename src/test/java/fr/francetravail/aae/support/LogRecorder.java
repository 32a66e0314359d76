package fr.francetravail.aae.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * What the service logs from {@link #start()} to {@link #stop()}, by any thread and any logger (the service's, the
 * engine's, the web server's; not the test's own mail server, GreenMail): each event's message and the messages of its
 * exception and their causes. Unlike the output captures of a test method, it spans a whole test class.
 */
public final class LogRecorder {

    /** The loggers of the test's own servers, whose log is not the service's. */
    private static final String TEST_SERVERS = "com.icegreen.greenmail.";

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    public static LogRecorder start() {
        LogRecorder recorder = new LogRecorder();
        recorder.events.setName("log-recorder");
        recorder.events.start();
        root().addAppender(recorder.events);
        return recorder;
    }

    public void stop() {
        root().detachAppender(events);
        events.stop();
    }

    /** One line per event: its level, logger, message and exception messages. */
    public String text() {
        synchronized (events) {
            return List.copyOf(events.list).stream().filter(event -> !event.getLoggerName().startsWith(TEST_SERVERS)).map(LogRecorder::line)
                    .collect(Collectors.joining("\n"));
        }
    }

    private static String line(ILoggingEvent event) {
        return Stream.concat(Stream.of(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage()),
                        Stream.iterate(event.getThrowableProxy(), proxy -> proxy != null, IThrowableProxy::getCause)
                                .map(proxy -> proxy.getClassName() + ": " + proxy.getMessage()))
                .collect(Collectors.joining(" | "));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
