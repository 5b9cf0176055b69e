package gclab.bench.pauses;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The host JVM's own collections while a run goes on, from its {@code GarbageCollectorMXBean} notifications:
 * each with its start and duration in milliseconds of JVM uptime (the beans' resolution), so that a gclab pause
 * can be checked for overlap with one. For HotSpot's stop-the-world collectors (Serial, Parallel, G1's young
 * and mixed collections) an event's duration is its pause; ZGC's and Shenandoah's "Cycles" beans report whole
 * concurrent cycles (their "Pauses" beans, where present, the pauses).
 */
public final class HostGcEvents implements AutoCloseable {
    /** One host collection. */
    public record Event(String collector, String action, String cause, long startMillis, long durationMillis) {
        public long endMillis() {
            return startMillis + durationMillis;
        }

        /** True for an event that stops Java threads: everything but ZGC's and Shenandoah's concurrent cycles. */
        public boolean stopsTheWorld() {
            return !collector.endsWith("Cycles");
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::handle;

    /** Starts listening to every collector bean of this JVM. */
    public HostGcEvents() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter) {
                NotificationEmitter emitter = (NotificationEmitter) bean;
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Milliseconds of JVM uptime now (the clock of {@link Event#startMillis}). */
    public static long uptimeMillis() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private void handle(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        Event e = new Event(info.getGcName(), info.getGcAction(), info.getGcCause(), info.getGcInfo().getStartTime(),
                info.getGcInfo().getDuration());
        synchronized (events) {
            events.add(e);
        }
    }

    /** The events so far (notifications arrive shortly after each collection ends). */
    public List<Event> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** Events within {@code [fromMillis, toMillis]} of uptime. */
    public List<Event> between(long fromMillis, long toMillis) {
        List<Event> in = new ArrayList<>();
        for (Event e : events()) {
            if (e.endMillis() >= fromMillis && e.startMillis() <= toMillis) {
                in.add(e);
            }
        }
        return in;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
        emitters.clear();
    }
}
