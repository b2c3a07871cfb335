// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feedtypes.h"

namespace Eventdesk::Feeds {

// A remote JSON API shaped like the public placeholder API: posts {userId, id, title, body}
// become events (keyed by id), comments {postId, id, name, email, body} become their comments.
// Accepts an array of posts, an array of comments, one post, or {"posts":[...],
// "comments":[...]}; posts are written before comments. JSON documents are read whole, so the
// size cap applies before parsing.
class JsonApiParser : public Core::FeedParser
{
public:
    Core::Result<void> parse(
        QIODevice &input, Core::FeedSink &sink, const Core::ParseOptions &options) override;
};

} // namespace Eventdesk::Feeds
