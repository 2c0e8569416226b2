package org.guerillapolicy.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class ForbiddenController {

    @RequestMapping("/forbidden")
    String forbidden(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return Boolean.TRUE.equals(request.getAttribute("formExpired")) ? "error/form-expired" : "error/403";
    }
}
