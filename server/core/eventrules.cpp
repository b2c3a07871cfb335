// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventrules.h"
#include "jsonview.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Eventdesk::Core {

namespace {

constexpr int MaxDepth = 16;

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types {QStringLiteral("string"), QStringLiteral("number"),
        QStringLiteral("integer"), QStringLiteral("boolean"), QStringLiteral("object"),
        QStringLiteral("array"), QStringLiteral("any")};
    return types;
}

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys {QStringLiteral("type"), QStringLiteral("required"),
        QStringLiteral("min_length"), QStringLiteral("max_length"), QStringLiteral("min"),
        QStringLiteral("max"), QStringLiteral("enum"), QStringLiteral("fields"),
        QStringLiteral("additional"), QStringLiteral("items"), QStringLiteral("description")};
    return keys;
}

void checkObjectRules(
    const QJsonObject &rules, const QString &at, int depth, QList<FieldError> *errors);

void checkFieldRule(
    const QJsonValue &value, const QString &at, int depth, QList<FieldError> *errors)
{
    if (!value.isObject()) {
        errors->append({at, QStringLiteral("must be an object")});
        return;
    }
    const QJsonObject rule = value.toObject();
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            errors->append({at + u'.' + it.key(), QStringLiteral("is not a known rule")});
    }
    const QString type = rule.value(QStringLiteral("type")).toString(QStringLiteral("any"));
    if (!knownTypes().contains(type))
        errors->append({at + QStringLiteral(".type"),
            QStringLiteral("must be one of string, number, integer, boolean, object, array, any")});
    if (rule.contains(QStringLiteral("required"))
        && !rule.value(QStringLiteral("required")).isBool())
        errors->append({at + QStringLiteral(".required"), QStringLiteral("must be true or false")});
    for (const QString &key : {QStringLiteral("min_length"), QStringLiteral("max_length")}) {
        if (!rule.contains(key))
            continue;
        const QJsonValue limit = rule.value(key);
        if (!limit.isDouble() || limit.toDouble() < 0
            || std::floor(limit.toDouble()) != limit.toDouble())
            errors->append({at + u'.' + key, QStringLiteral("must be a whole number >= 0")});
    }
    for (const QString &key : {QStringLiteral("min"), QStringLiteral("max")}) {
        if (rule.contains(key) && !rule.value(key).isDouble())
            errors->append({at + u'.' + key, QStringLiteral("must be a number")});
    }
    if (rule.contains(QStringLiteral("enum")) && !rule.value(QStringLiteral("enum")).isArray())
        errors->append({at + QStringLiteral(".enum"), QStringLiteral("must be a list")});
    if (rule.contains(QStringLiteral("fields")) || rule.contains(QStringLiteral("additional"))) {
        if (type != QLatin1String("object"))
            errors->append({at + QStringLiteral(".fields"),
                QStringLiteral("only an object field may have fields")});
        else if (depth >= MaxDepth)
            errors->append({at, QStringLiteral("nests deeper than 16 levels")});
        else
            checkObjectRules(rule, at, depth + 1, errors);
    }
    if (rule.contains(QStringLiteral("items"))) {
        if (type != QLatin1String("array"))
            errors->append({at + QStringLiteral(".items"),
                QStringLiteral("only an array field may have items")});
        else if (depth >= MaxDepth)
            errors->append({at, QStringLiteral("nests deeper than 16 levels")});
        else
            checkFieldRule(rule.value(QStringLiteral("items")), at + QStringLiteral(".items"),
                depth + 1, errors);
    }
}

void checkObjectRules(
    const QJsonObject &rules, const QString &at, int depth, QList<FieldError> *errors)
{
    if (rules.contains(QStringLiteral("additional"))
        && !rules.value(QStringLiteral("additional")).isBool())
        errors->append(
            {at + QStringLiteral(".additional"), QStringLiteral("must be true or false")});
    if (!rules.contains(QStringLiteral("fields")))
        return;
    const QJsonValue fields = rules.value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        errors->append({at + QStringLiteral(".fields"), QStringLiteral("must be an object")});
        return;
    }
    const QJsonObject object = fields.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        checkFieldRule(it.value(), at + QStringLiteral(".fields.") + it.key(), depth, errors);
}

using Rule = EventRules::Rule;

QString typeName(const JsonView &view, int node)
{
    switch (view.type(node)) {
    case JsonView::Type::Null:
        return QStringLiteral("null");
    case JsonView::Type::Bool:
        return QStringLiteral("a boolean");
    case JsonView::Type::Number:
        return QStringLiteral("a number");
    case JsonView::Type::String:
        return QStringLiteral("a string");
    case JsonView::Type::Array:
        return QStringLiteral("a list");
    case JsonView::Type::Object:
        return QStringLiteral("an object");
    }
    return QStringLiteral("nothing");
}

} // namespace

// One field's rule (or, at the top, the rules of `data`), checked by parse() before compiling.
struct EventRules::Rule
{
    enum class Kind { Any, String, Number, Integer, Boolean, Object, Array };
    struct Field
    {
        QString name;
        QByteArray utf8;
        std::unique_ptr<Rule> rule;
    };

    Kind kind = Kind::Any;
    bool required = false;
    std::optional<qint64> minLength;
    std::optional<qint64> maxLength;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<QJsonArray> allowed;
    bool checksMembers = false; // "fields" or "additional" given
    bool additional = true;
    std::vector<Field> fields; // in QJsonObject's (sorted) order, as reasons are reported
    std::unique_ptr<Rule> items;

    static std::unique_ptr<Rule> compileMembers(
        const QJsonObject &rules, std::unique_ptr<Rule> rule)
    {
        rule->checksMembers = true;
        rule->additional = rules.value(QStringLiteral("additional")).toBool(true);
        const QJsonObject fields = rules.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            rule->fields.push_back({it.key(), it.key().toUtf8(), compile(it.value().toObject())});
        return rule;
    }

    static std::unique_ptr<Rule> compile(const QJsonObject &json)
    {
        static const QHash<QString, Kind> kinds {{QStringLiteral("string"), Kind::String},
            {QStringLiteral("number"), Kind::Number}, {QStringLiteral("integer"), Kind::Integer},
            {QStringLiteral("boolean"), Kind::Boolean}, {QStringLiteral("object"), Kind::Object},
            {QStringLiteral("array"), Kind::Array}};
        auto rule = std::make_unique<Rule>();
        rule->kind = kinds.value(json.value(QStringLiteral("type")).toString(), Kind::Any);
        rule->required = json.value(QStringLiteral("required")).toBool();
        const auto number = [&](const char *key) {
            const QJsonValue value = json.value(QLatin1StringView(key));
            return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
        };
        if (const auto length = number("min_length"))
            rule->minLength = qint64(*length);
        if (const auto length = number("max_length"))
            rule->maxLength = qint64(*length);
        rule->min = number("min");
        rule->max = number("max");
        if (json.contains(QStringLiteral("enum")))
            rule->allowed = json.value(QStringLiteral("enum")).toArray();
        if (json.value(QStringLiteral("items")).isObject())
            rule->items = compile(json.value(QStringLiteral("items")).toObject());
        if (json.contains(QStringLiteral("fields")) || json.contains(QStringLiteral("additional")))
            return compileMembers(json, std::move(rule));
        return rule;
    }

    bool typeFits(const JsonView &view, int node) const
    {
        switch (kind) {
        case Kind::Any:
            return true;
        case Kind::String:
            return view.type(node) == JsonView::Type::String;
        case Kind::Number:
            return view.type(node) == JsonView::Type::Number;
        case Kind::Integer:
            return view.type(node) == JsonView::Type::Number
                && std::floor(view.number(node)) == view.number(node);
        case Kind::Boolean:
            return view.type(node) == JsonView::Type::Bool;
        case Kind::Object:
            return view.type(node) == JsonView::Type::Object;
        case Kind::Array:
            return view.type(node) == JsonView::Type::Array;
        }
        return true;
    }

    QString wanted() const
    {
        switch (kind) {
        case Kind::Integer:
            return QStringLiteral("a whole number");
        case Kind::Array:
            return QStringLiteral("a list");
        case Kind::Object:
            return QStringLiteral("an object");
        case Kind::Boolean:
            return QStringLiteral("a boolean");
        case Kind::Number:
            return QStringLiteral("a number");
        default:
            return QStringLiteral("a string");
        }
    }

    void validate(
        const JsonView &view, int node, const QString &at, QList<FieldError> *reasons) const
    {
        if (!typeFits(view, node)) {
            reasons->append(
                {at, QStringLiteral("must be %1, not %2").arg(wanted(), typeName(view, node))});
            return;
        }
        const JsonView::Type type = view.type(node);
        qint64 length = -1;
        if (type == JsonView::Type::String)
            length = view.utf16Length(node);
        else if (type == JsonView::Type::Array)
            length = view.count(node);
        if (length >= 0) {
            if (minLength && length < *minLength)
                reasons->append({at, QStringLiteral("must be at least %1 long").arg(*minLength)});
            if (maxLength && length > *maxLength)
                reasons->append({at, QStringLiteral("must be at most %1 long").arg(*maxLength)});
        }
        if (type == JsonView::Type::Number) {
            const double value = view.number(node);
            if (min && value < *min)
                reasons->append({at, QStringLiteral("must be at least %1").arg(*min)});
            if (max && value > *max)
                reasons->append({at, QStringLiteral("must be at most %1").arg(*max)});
        }
        if (allowed && !allowed->contains(view.toJsonValue(node)))
            reasons->append({at, QStringLiteral("is not one of the allowed values")});
        if (type == JsonView::Type::Object && checksMembers)
            validateMembers(view, node, at, reasons);
        if (type == JsonView::Type::Array && items) {
            int index = 0;
            for (int item = view.first(node); item >= 0; item = view.next(item), ++index)
                items->validate(view, item, at + u'[' + QString::number(index) + u']', reasons);
        }
    }

    void validateMembers(
        const JsonView &view, int object, const QString &at, QList<FieldError> *reasons) const
    {
        for (const Field &field : fields) {
            const int found = view.member(object, field.utf8);
            if (found < 0 || view.isNull(found)) {
                if (field.rule->required)
                    reasons->append({at + u'.' + field.name, QStringLiteral("is required")});
                continue;
            }
            field.rule->validate(view, found, at + u'.' + field.name, reasons);
        }
        if (additional)
            return;
        QStringList unknown;
        for (int name = view.first(object); name >= 0; name = view.next(view.next(name))) {
            const QByteArray key = view.utf8(name);
            if (std::none_of(fields.begin(), fields.end(),
                    [&](const Field &field) { return field.utf8 == key; }))
                unknown.append(QString::fromUtf8(key));
        }
        // Reported like QJsonObject would list them: sorted, each once.
        unknown.sort();
        unknown.removeDuplicates();
        for (const QString &key : std::as_const(unknown))
            reasons->append({at + u'.' + key, QStringLiteral("is not allowed")});
    }
};

Result<EventRules> EventRules::parse(const QJsonObject &rules)
{
    QList<FieldError> errors;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (it.key() != QLatin1String("fields") && it.key() != QLatin1String("additional")
            && it.key() != QLatin1String("description"))
            errors.append(
                {QStringLiteral("rules.") + it.key(), QStringLiteral("is not a known rule")});
    }
    checkObjectRules(rules, QStringLiteral("rules"), 0, &errors);
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_rules"),
            QStringLiteral("The validation rules are not valid."), errors);
    EventRules result;
    result.m_rules = rules;
    result.m_compiled = Rule::compileMembers(rules, std::make_unique<Rule>());
    return result;
}

EventRules::EventRules()
    : m_compiled(std::make_shared<Rule>())
{ }

void EventRules::validate(const JsonView &view, int data, QList<FieldError> *reasons) const
{
    m_compiled->validateMembers(view, data, QStringLiteral("data"), reasons);
}

} // namespace Eventdesk::Core
