package org.guerillapolicy.conversations.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.Follows;
import org.guerillapolicy.conversations.PostPublished;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells open timeline pages, over server-sent events, that new posts they would show have arrived. Only
 * the post's id is sent, and only to viewers the audience rule lets see it; the page then offers to show
 * them, so a plain reload always gives the same result.
 */
@Component
class LiveTimelines implements SmartLifecycle {

    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Conversations conversations;
    private final Follows follows;
    private final Groups groups;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    LiveTimelines(Conversations conversations, Follows follows, Groups groups) {
        this.conversations = conversations;
        this.follows = follows;
        this.groups = groups;
    }

    SseEmitter subscribe(Viewer viewer, Timeline timeline) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Subscriber subscriber = new Subscriber(emitter, viewer, timeline);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        try {
            // An opening comment commits the response, so the browser knows the stream is open.
            emitter.send(SseEmitter.event().comment("listening"));
        } catch (IOException closed) {
            subscribers.remove(subscriber);
        }
        return emitter;
    }

    /** After the post is committed; on its own thread, so a slow reader never holds up the writer. */
    @TransactionalEventListener
    void on(PostPublished event) {
        Thread.startVirtualThread(() -> subscribers.stream()
                .filter(subscriber -> shows(subscriber, event))
                .forEach(subscriber -> send(subscriber, event)));
    }

    private boolean shows(Subscriber subscriber, PostPublished event) {
        Viewer viewer = subscriber.viewer();
        boolean inTimeline = switch (subscriber.timeline()) {
            case Timeline.Everyone everyone -> event.groupId() == null
                    || groups.byId(event.groupId()).map(group -> !group.isPrivate()).orElse(false);
            case Timeline.Tagged tagged -> event.tags().contains(tagged.tag());
            case Timeline.InGroup group -> event.groupId() != null && event.groupId() == group.groupId();
            case Timeline.Home home -> viewer.is(event.authorId())
                    || follows.follows(viewer.accountId(), event.authorId())
                    || event.groupId() != null && groups.isMember(event.groupId(), viewer.accountId())
                    || event.tags().stream().anyMatch(tag -> follows.followsTag(viewer.accountId(), tag));
        };
        return inTimeline && conversations.post(event.postId(), viewer).isPresent();
    }

    private void send(Subscriber subscriber, PostPublished event) {
        try {
            subscriber.emitter().send(SseEmitter.event().name("post").data(Long.toString(event.postId())));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown, which would otherwise wait for
     * these never-ending responses; browsers reconnect to the next server by themselves.
     */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    sealed interface Timeline {
        record Everyone() implements Timeline {
        }

        record Home() implements Timeline {
        }

        record Tagged(String tag) implements Timeline {
        }

        record InGroup(long groupId) implements Timeline {
        }
    }

    private record Subscriber(SseEmitter emitter, Viewer viewer, Timeline timeline) {
    }
}
