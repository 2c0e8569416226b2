package org.guerillapolicy.platform.web;

import org.guerillapolicy.platform.Viewer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the shared layout what it shows on every page: who is signed in. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return ViewerArgumentResolver.currentViewer();
    }
}
