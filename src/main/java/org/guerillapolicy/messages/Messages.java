package org.guerillapolicy.messages;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.messages.internal.InboxRow;
import org.guerillapolicy.messages.internal.MessageRow;
import org.guerillapolicy.messages.internal.MessageStore;
import org.guerillapolicy.messages.internal.MessageText;
import org.guerillapolicy.messages.internal.Recipients;
import org.guerillapolicy.moderation.Blocks;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Page;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages module's API: start threads, reply in them, and read the inbox and threads. */
@Service
public class Messages {

    public static final int MAX_LENGTH = 2000;
    /** Participants in one thread, the sender included. */
    public static final int MAX_PARTICIPANTS = 20;
    private static final int START_LENGTH = 100;

    private final MessageStore store;
    private final Accounts accounts;
    private final Blocks blocks;
    private final Ids ids;
    private final ApplicationEventPublisher events;
    private final ZoneId timeZone;

    Messages(MessageStore store, Accounts accounts, Blocks blocks, Ids ids, ApplicationEventPublisher events,
             @Value("${guerilla.time-zone:Europe/London}") ZoneId timeZone) {
        this.store = store;
        this.accounts = accounts;
        this.blocks = blocks;
        this.ids = ids;
        this.events = events;
        this.timeZone = timeZone;
    }

    /** Starts a thread with the people named in {@code recipients} and returns its id. */
    @Transactional
    public long start(Viewer author, String recipients, String body) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<Account> others = recipients(author, recipients, problems);
        String text = body(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(problems);
        }
        long threadId = ids.next();
        List<Long> participants = new ArrayList<>(others.stream().map(Account::id).toList());
        participants.add(author.accountId());
        store.insertThread(threadId, author.accountId(), participants);
        send(threadId, author.accountId(), text, participants);
        return threadId;
    }

    @Transactional
    public void reply(long threadId, Viewer author, String body) {
        if (!mayRead(threadId, author)) {
            throw new NotFoundException("Conversation");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String text = body(body, problems);
        List<Long> participants = store.participants(threadId);
        List<Long> others = participants.stream().filter(id -> !author.is(id)).toList();
        if (!others.isEmpty() && others.stream().allMatch(id -> blocks.blocks(id, author.accountId()))) {
            problems.put("body", notAccepting(accounts.summaries(others).values().stream()
                    .map(AccountSummary::username).sorted().toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(problems);
        }
        send(threadId, author.accountId(), text, participants);
    }

    /** Whether the viewer may see the thread: the audience rule, for any module to ask. */
    public boolean mayRead(long threadId, Viewer viewer) {
        return viewer.signedIn() && store.visible(threadId, viewer.accountId());
    }

    /** Whether the viewer may see the message: in a thread they take part in, from no one they blocked. */
    public boolean mayReadMessage(long messageId, Viewer viewer) {
        return viewer.signedIn() && store.messageVisible(messageId, viewer.accountId());
    }

    /** Messages waiting for the account in all its threads, leaving out those from accounts it blocked. */
    public long unreadCount(long accountId) {
        return store.unreadCount(accountId);
    }

    public Page<InboxEntry> inbox(Viewer viewer, Paging paging) {
        List<InboxRow> rows = store.inbox(viewer.accountId(), paging);
        Set<Long> people = new HashSet<>();
        rows.forEach(row -> {
            people.addAll(row.otherIds());
            people.add(row.latestAuthorId());
        });
        Map<Long, AccountSummary> summaries = accounts.summaries(people);
        return Page.fromRows(rows, paging, InboxRow::latestId).map(row -> new InboxEntry(row.threadId(),
                row.otherIds().stream().map(summaries::get).toList(), summaries.get(row.latestAuthorId()),
                start(row.latestBody()), row.latestAt().atZone(timeZone), row.unread()));
    }

    /** The thread as the viewer sees it; opening it marks everything in it read for them. */
    @Transactional
    public MessageThread open(long threadId, Viewer viewer) {
        if (!mayRead(threadId, viewer)) {
            throw new NotFoundException("Conversation");
        }
        long lastRead = store.lastRead(threadId, viewer.accountId());
        List<MessageRow> rows = store.messages(threadId, viewer.accountId());
        List<Long> participants = store.participants(threadId);
        Set<Long> people = new HashSet<>(participants);
        rows.forEach(row -> people.add(row.authorId()));
        Map<Long, AccountSummary> summaries = accounts.summaries(people);
        store.markRead(threadId, viewer.accountId());
        events.publishEvent(new MessageThreadRead(threadId, viewer.accountId()));
        return new MessageThread(threadId,
                participants.stream().filter(id -> !viewer.is(id)).map(summaries::get).toList(),
                rows.stream().map(row -> new MessageView(row.id(), summaries.get(row.authorId()), row.html(),
                        row.createdAt().atZone(timeZone), row.id() > lastRead && !viewer.is(row.authorId())))
                        .toList());
    }

    private void send(long threadId, long authorId, String text, List<Long> participants) {
        long messageId = ids.next();
        store.insertMessage(messageId, threadId, authorId, text, MessageText.toHtml(text));
        store.markRead(threadId, authorId);
        List<Long> recipients = participants.stream()
                .filter(id -> id != authorId && !blocks.blocks(id, authorId)).toList();
        events.publishEvent(new MessageSent(messageId, threadId, authorId, recipients));
    }

    private List<Account> recipients(Viewer author, String text, Map<String, String> problems) {
        List<String> names = Recipients.usernames(text).stream()
                .filter(name -> !name.equalsIgnoreCase(author.username())).toList();
        boolean onlySelf = names.isEmpty() && !Recipients.usernames(text).isEmpty();
        if (onlySelf) {
            problems.put("recipients", "You cannot send a message only to yourself. Add who it is for");
            return List.of();
        }
        if (names.isEmpty()) {
            problems.put("recipients", "Enter the username of who the message is for");
            return List.of();
        }
        if (names.size() > MAX_PARTICIPANTS - 1) {
            problems.put("recipients", "You can send a message to at most " + (MAX_PARTICIPANTS - 1) + " people at once");
            return List.of();
        }
        List<Account> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            accounts.byUsername(name).ifPresentOrElse(found::add, () -> unknown.add("@" + name));
        }
        if (!unknown.isEmpty()) {
            problems.put("recipients", (unknown.size() == 1 ? "No one has the username " : "No one has the usernames ")
                    + String.join(", ", unknown));
            return List.of();
        }
        List<String> blocking = found.stream().filter(a -> blocks.blocks(a.id(), author.accountId()))
                .map(Account::username).toList();
        if (!blocking.isEmpty()) {
            problems.put("recipients", notAccepting(blocking));
        }
        return found;
    }

    private static String notAccepting(List<String> usernames) {
        String names = usernames.stream().map(name -> "@" + name).collect(Collectors.joining(", "));
        return names + (usernames.size() == 1 ? " is" : " are") + " not accepting messages from you";
    }

    private static String body(String body, Map<String, String> problems) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            problems.put("body", "Write a message");
        } else if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            problems.put("body", "Your message must be 2,000 characters or fewer");
        }
        return text;
    }

    private static String start(String body) {
        String flat = body.replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= START_LENGTH) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, START_LENGTH)).strip() + "…";
    }
}
