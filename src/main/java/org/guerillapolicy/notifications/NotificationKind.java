package org.guerillapolicy.notifications;

/**
 * What a notification is about. Kinds about a post keep the post's id as their subject, so the post is
 * looked up through the conversations audience rule whenever the notification is shown or emailed.
 */
public enum NotificationKind {
    MENTION("mentioned you", "When someone mentions you", Delivery.DAILY, true),
    REPLY("replied to your post", "When someone replies to your post", Delivery.DAILY, true),
    FOLLOW("followed you", "When someone follows you", Delivery.DAILY, false),
    FAVOURITE("favourited your post", "When someone favourites your post", Delivery.DAILY, true),
    REPEAT("repeated your post", "When someone repeats your post", Delivery.DAILY, true),
    INVITATION("invited you to join a group", "When someone invites you to join a group", Delivery.IMMEDIATE, false),
    JOIN_REQUEST("asked to join your group", "When someone asks to join a group you run", Delivery.DAILY, false),
    JOIN_APPROVED("accepted your request to join a group", "When your request to join a group is accepted",
            Delivery.DAILY, false),
    JOIN_DECLINED("declined your request to join a group", "When your request to join a group is declined",
            Delivery.DAILY, false),
    DIRECT_MESSAGE("sent you a direct message", "When someone sends you a direct message", Delivery.IMMEDIATE, false),
    CONTRIBUTION_OUTCOME("decided what became of your contribution to a policy project",
            "When a policy project decides what became of your contribution", Delivery.IMMEDIATE, false),
    CONSULTATION_OUTCOME("published what became of the responses to a consultation you answered",
            "When a consultation you answered publishes its outcome", Delivery.IMMEDIATE, false);

    private final String what;
    private final String settingLabel;
    private final Delivery defaultDelivery;
    private final boolean aboutPost;

    NotificationKind(String what, String settingLabel, Delivery defaultDelivery, boolean aboutPost) {
        this.what = what;
        this.settingLabel = settingLabel;
        this.defaultDelivery = defaultDelivery;
        this.aboutPost = aboutPost;
    }

    /** What the actor did, said after their name: "Sam mentioned you". */
    public String what() {
        return what;
    }

    public String settingLabel() {
        return settingLabel;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    public boolean aboutPost() {
        return aboutPost;
    }
}
