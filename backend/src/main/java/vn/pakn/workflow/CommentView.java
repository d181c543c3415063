package vn.pakn.workflow;

import java.time.Instant;

/** An opinion (Ý kiến xử lý) as the detail page's tab shows it. */
public record CommentView(long id, long authorId, String authorName, long unitId, String unitName, String content,
        Instant createdAt) {
}
