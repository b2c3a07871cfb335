// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonObject>

#include <memory>

namespace Eventdesk::Core {

// Validation rules for the `data` object of one event type. The rules are JSON:
//   {"fields": {"host": {"type": "string", "required": true, "max_length": 255},
//               "form": {"type": "object", "required": true,
//                        "fields": {"email": {"type": "string"}}, "additional": true}},
//    "additional": true}
// A field rule has a type (string, number, integer, boolean, object, array, any), and may say
// required, min_length / max_length (characters of a string, items of an array), min / max (a
// number), enum (the allowed values), fields and additional (an object's members, nested to any
// depth up to 16) and items (a rule every array item follows). "additional": false rejects
// members the rules do not name. Pure and thread-safe once built.
class JsonView;

class EventRules
{
public:
    EventRules(); // accepts anything

    // Checks the rules themselves; Invalid with one FieldError per mistake ("rules.fields.x.type").
    static Result<EventRules> parse(const QJsonObject &rules);

    // Appends one reason per broken rule, fields named like "data.form.email". `data` is an
    // object node of `view`.
    void validate(const JsonView &view, int data, QList<FieldError> *reasons) const;

    const QJsonObject &json() const { return m_rules; }

    struct Rule; // the rules compiled once, so validation does no lookups by name

private:
    QJsonObject m_rules;
    std::shared_ptr<const Rule> m_compiled;
};

} // namespace Eventdesk::Core
