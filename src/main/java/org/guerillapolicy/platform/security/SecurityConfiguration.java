package org.guerillapolicy.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Only for the web application: commands such as {@code reindex} run without a web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Everything the pages load comes from the platform itself; no inline script or style is allowed. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Where the one-click unsubscribe links in emails point. */
    private static final String UNSUBSCRIBE = "/notifications/unsubscribe";

    @Bean
    SecurityFilterChain web(HttpSecurity http, FormExpiredHandler formExpired) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Error pages and the "form expired" page are shown to whoever hit the problem.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/signup", "/signin", UNSUBSCRIBE).permitAll()
                        // Anonymous respondents, where a consultation allows them; the service checks the setting.
                        .requestMatchers(HttpMethod.POST, "/consultations/*/responses", "/consultations/*/responses/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/**").authenticated()
                        .requestMatchers("/home", "/live/home", "/settings/**", "/notifications",
                                "/{author}/{post}/reply", "/groups/new", "/groups/invitations", "/groups/{slug}/invite",
                                "/groups/{slug}/requests", "/groups/{slug}/settings",
                                "/projects/new", "/me/contributions", "/projects/{slug}/draft/edit", "/projects/{slug}/options/{id}/refine",
                                "/consultations/new", "/consultations/*/build", "/consultations/*/edit", "/consultations/*/team",
                                "/consultations/*/analysis", "/consultations/*/analysis/**", "/maps/new", "/maps/import", "/maps/*/report",
                                "/maps/*/statements/*/use").authenticated()
                        .anyRequest().permitAll())
                // Mail programs unsubscribe with a bare POST (RFC 8058); the link's own token protects it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, UNSUBSCRIBE)))
                .formLogin(form -> form
                        .loginPage("/signin")
                        .failureHandler(signInFailures())
                        .defaultSuccessUrl("/home"))
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessUrl("/?signedout"))
                .sessionManagement(sessions -> sessions
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(formExpired))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** A locked account (too many wrong passwords) is told so; any other failure gets one message. */
    private static AuthenticationFailureHandler signInFailures() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/signin?locked"));
        handler.setDefaultFailureUrl("/signin?error");
        return handler;
    }
}
