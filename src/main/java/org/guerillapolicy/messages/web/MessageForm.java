package org.guerillapolicy.messages.web;

/** A new message: who it is for, as typed, and what it says. */
record MessageForm(String recipients, String body) {
}
