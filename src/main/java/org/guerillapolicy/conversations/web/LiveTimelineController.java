package org.guerillapolicy.conversations.web;

import java.util.Locale;
import org.guerillapolicy.conversations.web.LiveTimelines.Timeline;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Viewer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Event streams for the timeline pages; the home stream needs signing in (see the security rules). */
@Controller
class LiveTimelineController {

    private final LiveTimelines live;
    private final Groups groups;

    LiveTimelineController(LiveTimelines live, Groups groups) {
        this.live = live;
        this.groups = groups;
    }

    @GetMapping(path = "/live/public", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter everyone(Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Everyone());
    }

    @GetMapping(path = "/live/home", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter home(Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Home());
    }

    /** A private group's stream is open to anyone, but tells only members: each post passes the audience rule. */
    @GetMapping(path = "/live/groups/{slug}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter group(@PathVariable String slug, Viewer viewer) {
        return live.subscribe(viewer, new Timeline.InGroup(groups.find(slug).id()));
    }

    @GetMapping(path = "/live/tags/{tag}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter tagged(@PathVariable String tag, Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Tagged(tag.toLowerCase(Locale.ROOT)));
    }
}
