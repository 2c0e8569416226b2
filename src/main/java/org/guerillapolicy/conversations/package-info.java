/**
 * Posts, replies and threads, questions and accepted answers, hashtags, mentions, favourites, repeats,
 * follows and the timelines built from them.
 */
package org.guerillapolicy.conversations;
