package org.guerillapolicy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400, any request whose parameters hold the NUL character. No form asks for it, no text needs
 * it, and PostgreSQL cannot store it, so it could only ever turn into an error deeper down.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the filter that sets the character encoding parameters are read in
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean nul = request.getParameterMap().entrySet().stream()
                .anyMatch(entry -> entry.getKey().indexOf('\0') >= 0
                        || Arrays.stream(entry.getValue()).anyMatch(value -> value.indexOf('\0') >= 0));
        if (nul) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), "A value holds the NUL character, which no text may");
            return;
        }
        chain.doFilter(request, response);
    }
}
