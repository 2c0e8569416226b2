package org.guerillapolicy.search;

/** A hashtag that matches, with how many posts the viewer may see use it. */
public record TagHit(String tag, long posts) {
}
