/**
 * Direct messages: private threads between two or more people or organisations, visible to their
 * participants only.
 */
package org.guerillapolicy.messages;
