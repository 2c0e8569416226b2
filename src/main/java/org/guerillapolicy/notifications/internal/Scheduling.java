package org.guerillapolicy.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily digest is the only scheduled job, and it only runs where email is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.mail.host")
@EnableScheduling
class Scheduling {
}
