/**
 * In-app notifications (mentions, replies, follows, favourites, repeats, and kinds other modules raise),
 * email about them (straight away or in a daily digest, each an HTML and a plain-text part), each
 * person's choices of email, and one-click unsubscribe.
 */
package org.guerillapolicy.notifications;
