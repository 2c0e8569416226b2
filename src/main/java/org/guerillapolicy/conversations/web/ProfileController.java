package org.guerillapolicy.conversations.web;

import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.Follows;
import org.guerillapolicy.moderation.Blocks;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's or organisation's public profile, with what they have posted and repeated. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final Conversations conversations;
    private final Follows follows;
    private final Blocks blocks;

    ProfileController(Accounts accounts, Conversations conversations, Follows follows, Blocks blocks) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.follows = follows;
        this.blocks = blocks;
    }

    @GetMapping("/@{username}")
    String profile(@PathVariable String username, Viewer viewer, @RequestParam(required = false) Long before,
                   @RequestParam(required = false) Long after, Model model) {
        Account account = account(username);
        model.addAttribute("account", account);
        model.addAttribute("counts", follows.counts(account.id()));
        model.addAttribute("ownProfile", viewer.is(account.id()));
        model.addAttribute("following", viewer.signedIn() && follows.follows(viewer.accountId(), account.id()));
        model.addAttribute("blocking", viewer.signedIn() && blocks.blocks(viewer.accountId(), account.id()));
        model.addAttribute("page", conversations.byAuthor(account.id(), viewer, Paging.of(before, after)));
        model.addAttribute("pagePath", "/@" + account.username());
        return "conversations/profile";
    }

    @PostMapping("/@{username}/follow")
    String follow(@PathVariable String username, Viewer viewer) {
        follows.follow(viewer.accountId(), account(username).id());
        return "redirect:/@{username}";
    }

    @PostMapping("/@{username}/unfollow")
    String unfollow(@PathVariable String username, Viewer viewer) {
        follows.unfollow(viewer.accountId(), account(username).id());
        return "redirect:/@{username}";
    }

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new NotFoundException("Profile"));
    }
}
