package org.guerillapolicy.messages.web;

record ReplyForm(String body) {

    static ReplyForm empty() {
        return new ReplyForm("");
    }
}
