package org.guerillapolicy.conversations;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.conversations.internal.EntryRow;
import org.guerillapolicy.conversations.internal.PostRow;
import org.guerillapolicy.conversations.internal.PostStore;
import org.guerillapolicy.conversations.internal.PostText;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
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

/** The conversations module's API: write posts and replies, react to them, read threads and timelines. */
@Service
public class Conversations {

    private final PostStore posts;
    private final Accounts accounts;
    private final Groups groups;
    private final Ids ids;
    private final ApplicationEventPublisher events;
    private final Blocks blocks;
    private final ZoneId timeZone;

    Conversations(PostStore posts, Accounts accounts, Groups groups, Ids ids, ApplicationEventPublisher events,
                  Blocks blocks,
                  @Value("${guerilla.time-zone:Europe/London}") ZoneId timeZone) {
        this.posts = posts;
        this.accounts = accounts;
        this.groups = groups;
        this.ids = ids;
        this.events = events;
        this.blocks = blocks;
        this.timeZone = timeZone;
    }

    @Transactional
    public PostView publish(long authorId, NewPost post) {
        String body = post.body() == null ? "" : post.body().strip();
        if (body.isEmpty()) {
            throw new InvalidPostException("A post cannot be empty");
        }
        if (body.codePointCount(0, body.length()) > NewPost.MAX_LENGTH) {
            throw new InvalidPostException("A post must be " + NewPost.MAX_LENGTH + " characters or fewer");
        }
        PostRow parent = post.inReplyToId() == null ? null
                : posts.byId(post.inReplyToId(), authorId).orElseThrow(() -> new NotFoundException("Post"));
        if (parent != null && !mayReplyTo(parent.authorId(), authorId)) {
            throw new NotAllowedException("You cannot reply to this post.");
        }
        Map<String, Long> mentioned = mentionedAccounts(body);
        Set<String> tags = PostText.tags(body);
        Long groupId = parent != null ? parent.groupId() : groupFor(authorId, post.groupId(), body);
        long id = ids.next();
        long conversationId = parent == null ? id : parent.conversationId();
        String html = PostText.toHtml(body, name -> mentioned.containsKey(name.toLowerCase()),
                slug -> groups.bySlug(slug).isPresent());
        posts.insert(id, authorId, body, html, parent == null && post.question(), post.inReplyToId(), conversationId,
                groupId);
        posts.tag(id, tags);
        posts.mention(id, mentioned.values());
        events.publishEvent(new PostPublished(id, authorId, conversationId, post.inReplyToId(),
                parent == null ? null : parent.authorId(), tags, Set.copyOf(mentioned.values()), groupId));
        return view(posts.byId(id, authorId).orElseThrow());
    }

    /**
     * The group a new conversation goes into: the one it is written in, or else the first existing group
     * its text names with !address. Only members write in a group.
     */
    private Long groupFor(long authorId, Long chosenGroupId, String body) {
        Optional<Group> group = chosenGroupId != null
                ? Optional.of(groups.byId(chosenGroupId).orElseThrow(() -> new NotFoundException("Group")))
                : PostText.groups(body).stream().map(groups::bySlug).flatMap(Optional::stream).findFirst();
        if (group.isEmpty()) {
            return null;
        }
        if (!groups.isMember(group.get().id(), authorId)) {
            throw new InvalidPostException("Join !" + group.get().slug() + " before you post in it");
        }
        return group.get().id();
    }

    /** Someone blocked by a post's author cannot reply to it. */
    public boolean mayReplyTo(long postAuthorId, long replierId) {
        return !blocks.blocks(postAuthorId, replierId);
    }

    public Optional<PostView> post(long id, Viewer viewer) {
        return posts.byId(id, viewer.accountId()).map(this::view);
    }

    public Thread thread(long conversationId, Viewer viewer) {
        List<PostView> all = views(posts.conversation(conversationId, viewer.accountId()));
        if (all.isEmpty()) {
            throw new NotFoundException("Conversation");
        }
        PostView start = all.getFirst();
        PostView accepted = all.stream().filter(p -> p.id() == (start.acceptedAnswerId() == null ? -1 : start.acceptedAnswerId()))
                .findFirst().orElse(null);
        List<Thread.Reply> replies = new ArrayList<>();
        addReplies(start.id(), all, 0, replies, accepted);
        return new Thread(start, accepted, replies);
    }

    /** Depth-first: each reply comes straight after the post it answers, oldest first. */
    private static void addReplies(long parentId, List<PostView> all, int depth, List<Thread.Reply> out,
                                   PostView accepted) {
        for (PostView post : all) {
            if (post.inReplyToId() != null && post.inReplyToId() == parentId) {
                if (accepted == null || post.id() != accepted.id()) {
                    out.add(new Thread.Reply(post, Math.min(depth, 4)));
                }
                addReplies(post.id(), all, depth + 1, out, accepted);
            }
        }
    }

    /**
     * The author deletes their post. Its words leave every page, timeline and search result at once; a
     * placeholder keeps its place in the thread.
     */
    @Transactional
    public void delete(long postId, Viewer viewer) {
        PostView post = post(postId, viewer).orElseThrow(() -> new NotFoundException("Post"));
        if (!viewer.is(post.author().id())) {
            throw new NotAllowedException("Only the author can delete this post");
        }
        posts.delete(postId);
        events.publishEvent(new PostDeleted(postId));
    }

    /** The author of a question picks one reply in its conversation as the accepted answer. */
    @Transactional
    public void acceptAnswer(long questionId, long answerId, Viewer viewer) {
        PostRow question = posts.byId(questionId, viewer.accountId()).orElseThrow(() -> new NotFoundException("Post"));
        PostRow answer = posts.byId(answerId, viewer.accountId()).orElseThrow(() -> new NotFoundException("Post"));
        if (!question.question() || !viewer.is(question.authorId())) {
            throw new NotAllowedException("Only the person who asked can choose the accepted answer");
        }
        if (answer.conversationId() != question.id() || answer.id() == question.id()) {
            throw new InvalidPostException("The answer must be a reply in the question's conversation");
        }
        posts.acceptAnswer(questionId, answerId);
    }

    @Transactional
    public void favourite(long postId, Viewer viewer, boolean on) {
        PostRow post = posts.byId(postId, viewer.accountId()).orElseThrow(() -> new NotFoundException("Post"));
        if (!on) {
            posts.unfavourite(viewer.accountId(), postId);
        } else if (posts.favourite(viewer.accountId(), postId)) {
            events.publishEvent(new PostFavourited(postId, post.authorId(), viewer.accountId()));
        }
    }

    @Transactional
    public void repeat(long postId, Viewer viewer, boolean on) {
        PostRow post = posts.byId(postId, viewer.accountId()).orElseThrow(() -> new NotFoundException("Post"));
        if (on && !view(post).repeatable()) {
            throw new NotAllowedException("Posts in a private group cannot be repeated outside it");
        }
        if (!on) {
            posts.unrepeat(viewer.accountId(), postId);
        } else if (posts.repeat(ids.next(), viewer.accountId(), postId)) {
            events.publishEvent(new PostRepeated(postId, post.authorId(), viewer.accountId()));
        }
    }

    public Page<TimelineEntry> home(Viewer viewer, Paging paging) {
        return entries(posts.home(viewer.accountId(), paging), paging);
    }

    /** Public posts only: what is written in a private group stays in the group's own timeline, even for members. */
    public Page<TimelineEntry> everyone(Viewer viewer, Paging paging) {
        return entries(posts.everyone(paging, viewer.accountId()), paging);
    }

    /** A group's timeline; empty for a viewer the group's audience rule keeps out. */
    public Page<TimelineEntry> inGroup(Group group, Viewer viewer, Paging paging) {
        return entries(posts.inGroup(group.id(), paging, viewer.accountId()), paging);
    }

    public Page<TimelineEntry> tagged(String tag, Viewer viewer, Paging paging) {
        return entries(posts.tagged(PostText.normaliseTag(tag), paging, viewer.accountId()), paging);
    }

    public Page<TimelineEntry> byAuthor(long authorId, Viewer viewer, Paging paging) {
        return entries(posts.byAuthor(authorId, paging, viewer.accountId()), paging);
    }

    private Map<String, Long> mentionedAccounts(String body) {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String name : PostText.mentions(body)) {
            accounts.byUsername(name).map(Account::id).ifPresent(id -> found.put(name.toLowerCase(), id));
        }
        return found;
    }

    private Page<TimelineEntry> entries(List<EntryRow> rows, Paging paging) {
        Map<Long, AccountSummary> people = accounts.summaries(accountIds(
                rows.stream().map(EntryRow::post),
                rows.stream().map(EntryRow::repeatedById)));
        Map<Long, Group> groupsById = groupsOf(rows.stream().map(EntryRow::post));
        return Page.fromRows(rows, paging, EntryRow::entryId)
                .map(row -> new TimelineEntry(row.entryId(), view(row.post(), people, groupsById),
                        row.repeatedById() == null ? null : people.get(row.repeatedById())));
    }

    private PostView view(PostRow row) {
        return views(List.of(row)).getFirst();
    }

    private List<PostView> views(List<PostRow> rows) {
        Map<Long, AccountSummary> people = accounts.summaries(accountIds(rows.stream(), Stream.empty()));
        Map<Long, Group> groupsById = groupsOf(rows.stream());
        return rows.stream().map(row -> view(row, people, groupsById)).toList();
    }

    private Map<Long, Group> groupsOf(Stream<PostRow> rows) {
        return groups.byIds(rows.map(PostRow::groupId).filter(java.util.Objects::nonNull).collect(
                java.util.stream.Collectors.toSet()));
    }

    private static Collection<Long> accountIds(Stream<PostRow> rows, Stream<Long> others) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.authorId());
            if (row.inReplyToAuthorId() != null) {
                ids.add(row.inReplyToAuthorId());
            }
        });
        others.filter(java.util.Objects::nonNull).forEach(ids::add);
        return new LinkedHashSet<>(ids);
    }

    private PostView view(PostRow row, Map<Long, AccountSummary> people, Map<Long, Group> groupsById) {
        Group group = row.groupId() == null ? null : groupsById.get(row.groupId());
        return new PostView(row.id(), people.get(row.authorId()), row.html(), row.question(), row.inReplyToId(),
                row.inReplyToAuthorId() == null ? null : people.get(row.inReplyToAuthorId()),
                row.conversationId(), row.acceptedAnswerId(), row.createdAt().atZone(timeZone),
                row.favourites(), row.repeats(), row.replies(), row.favouritedByViewer(), row.repeatedByViewer(),
                group, row.deleted());
    }
}
