package org.guerillapolicy.moderation.web;

import java.util.List;
import java.util.Map;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.moderation.Blocks;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.ReturnPath;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Blocking and unblocking from a profile, and the list of blocked accounts in settings. */
@Controller
class BlockController {

    private final Blocks blocks;
    private final Accounts accounts;

    BlockController(Blocks blocks, Accounts accounts) {
        this.blocks = blocks;
        this.accounts = accounts;
    }

    @PostMapping("/@{username}/block")
    String block(@PathVariable String username, Viewer viewer) {
        blocks.block(viewer.accountId(), account(username).id());
        return "redirect:/@{username}?blocked";
    }

    @PostMapping("/@{username}/unblock")
    String unblock(@PathVariable String username, @RequestParam(required = false) String returnTo, Viewer viewer) {
        blocks.unblock(viewer.accountId(), account(username).id());
        return ReturnPath.redirect(returnTo, "/@" + account(username).username() + "?unblocked");
    }

    @GetMapping("/settings/blocks")
    String blocked(Viewer viewer, Model model) {
        List<Long> ids = blocks.blockedBy(viewer.accountId());
        Map<Long, AccountSummary> people = accounts.summaries(ids);
        model.addAttribute("blocked", ids.stream().map(people::get).filter(java.util.Objects::nonNull).toList());
        return "moderation/blocks";
    }

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new NotFoundException("Profile"));
    }
}
