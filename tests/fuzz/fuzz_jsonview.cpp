// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Core::JsonView on arbitrary bytes: never crashes, reads only inside the text, and whatever it
// accepts is JSON that QJsonDocument accepts too, holds no raw control character, and reads back
// the same from its compact form.
#include "fuzzsupport.h"
#include "jsonview.h"

#include <QJsonDocument>

#include <cstdint>

using Eventdesk::Core::JsonView;

namespace {

void walk(const JsonView &view, int node, int depth)
{
    FUZZ_CHECK(depth <= JsonView::MaxDepth + 1);
    (void)view.raw(node);
    switch (view.type(node)) {
    case JsonView::Type::String:
        FUZZ_CHECK(view.string(node).size() == view.utf16Length(node));
        (void)view.utf8(node);
        break;
    case JsonView::Type::Number:
        (void)view.number(node);
        break;
    case JsonView::Type::Bool:
        (void)view.boolean(node);
        break;
    case JsonView::Type::Null:
        break;
    case JsonView::Type::Array:
    case JsonView::Type::Object: {
        int children = 0;
        for (int child = view.first(node); child >= 0; child = view.next(child))
            walk(view, child, depth + 1), ++children;
        const bool object = view.type(node) == JsonView::Type::Object;
        FUZZ_CHECK(children == view.count(node) * (object ? 2 : 1));
        if (object && view.first(node) >= 0)
            (void)view.member(node, view.utf8(view.first(node)));
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy of exactly size bytes, so reading past the end is caught by AddressSanitizer.
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonView view;
    const bool accepted = view.parse(QByteArrayView(text.constData(), text.size()));
    Eventdesk::Core::JsonError error;
    const QJsonDocument strict = Eventdesk::Core::readJson(text, &error);
    if (!accepted)
        return 0;
    walk(view, view.root(), 0);
    FUZZ_CHECK(Eventdesk::Core::findRawControlCharacter(text) < 0);
    // What the view accepts, the strict QJsonDocument path accepts too (the API relies on it).
    FUZZ_CHECK(error.ok());
    FUZZ_CHECK(!strict.isNull());
    const QByteArray compact = view.compact(view.root());
    JsonView again;
    FUZZ_CHECK(again.parse(compact));
    FUZZ_CHECK(again.compact(again.root()) == compact);
    FUZZ_CHECK(view.toJsonValue(view.root()) == again.toJsonValue(again.root()));
    return 0;
}
