package org.guerillapolicy.conversations.web;

import java.util.Locale;
import org.guerillapolicy.conversations.web.LiveTimelines.Timeline;
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

    LiveTimelineController(LiveTimelines live) {
        this.live = live;
    }

    @GetMapping(path = "/live/public", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter everyone(Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Everyone());
    }

    @GetMapping(path = "/live/home", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter home(Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Home());
    }

    @GetMapping(path = "/live/tags/{tag}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter tagged(@PathVariable String tag, Viewer viewer) {
        return live.subscribe(viewer, new Timeline.Tagged(tag.toLowerCase(Locale.ROOT)));
    }
}
