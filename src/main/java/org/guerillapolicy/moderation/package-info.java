/**
 * Keeping people safe from each other: blocks for now; reports, the moderation queue, mutes and rate
 * limits later. Other modules ask it, it asks none of them but accounts.
 */
package org.guerillapolicy.moderation;
