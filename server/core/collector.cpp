// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collector.h"
#include "changehub.h"
#include "jsonview.h"
#include "timeutil.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sodium.h>

#include <algorithm>

namespace Eventdesk::Core {

using namespace Qt::StringLiterals;

namespace {

QByteArray typeKey(QByteArrayView category, QByteArrayView name)
{
    QByteArray key;
    key.reserve(category.size() + name.size() + 1);
    key.append(category).append('\x1f').append(name);
    return key;
}

// A string member that is not blank and has at most maxLength characters (UTF-16 code units,
// like QString::size()); nullopt with a reason otherwise, or without one when it is absent and
// not required.
std::optional<QByteArray> textField(const JsonView &view, int event, QLatin1StringView field,
    int maxLength, bool required, QList<FieldError> *reasons)
{
    const int found = view.member(event, QByteArrayView(field.data(), field.size()));
    if (found < 0 || view.isNull(found)) {
        if (required)
            reasons->append({field, QStringLiteral("is required")});
        return std::nullopt;
    }
    if (view.type(found) != JsonView::Type::String) {
        reasons->append({field, QStringLiteral("must be a string")});
        return std::nullopt;
    }
    QByteArray text;
    bool blank = true;
    qsizetype length = 0;
    if (view.isPlainAscii(found)) {
        // Unescaped JSON text holds no control characters: the only blank is a space.
        const QByteArrayView raw = view.raw(found).sliced(1).chopped(1);
        blank = std::all_of(raw.begin(), raw.end(), [](char c) { return c == ' '; });
        length = raw.size();
        text = raw.toByteArray();
    } else {
        const QString decoded = view.string(found);
        // An escaped U+0000 (PostgreSQL's text cannot hold it; one such event would fail its
        // whole group commit there): refused on every backend alike.
        if (decoded.contains(QChar(u'\0'))) {
            reasons->append({field, QStringLiteral("must not contain U+0000")});
            return std::nullopt;
        }
        blank = decoded.trimmed().isEmpty();
        length = decoded.size();
        text = decoded.toUtf8();
    }
    if (blank) {
        reasons->append({field, QStringLiteral("must not be empty")});
        return std::nullopt;
    }
    if (length > maxLength) {
        reasons->append({field, QStringLiteral("must be at most %1 characters").arg(maxLength)});
        return std::nullopt;
    }
    return text;
}

// The two shapes clients send nearly always, parsed without a regular expression (this runs
// for every ingested event): "2021-01-01 09:15:27.243860" and "2021-01-01T09:15:27.243Z".
// Anything else (offsets, lower-case separators) goes through Core::parseTimestamp.
std::optional<qint64> parseEventTime(QByteArrayView text)
{
    const qsizetype size = text.size();
    auto digits = [&](qsizetype at, int count, int *out) {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char c = text[at + i];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (size >= 19 && text[4] == '-' && text[7] == '-' && (text[10] == ' ' || text[10] == 'T')
        && text[13] == ':' && text[16] == ':' && digits(0, 4, &year) && digits(5, 2, &month)
        && digits(8, 2, &day) && digits(11, 2, &hour) && digits(14, 2, &minute)
        && digits(17, 2, &second)) {
        qsizetype at = 19;
        int msecs = 0;
        if (at < size && text[at] == '.') {
            ++at;
            int count = 0;
            while (at < size && text[at] >= '0' && text[at] <= '9') {
                if (count < 3)
                    msecs = msecs * 10 + (text[at] - '0');
                ++count;
                ++at;
            }
            if (count == 0 || count > 9)
                return std::nullopt;
            for (int i = count; i < 3; ++i)
                msecs *= 10;
        }
        const bool zulu = at + 1 == size && text[at] == 'Z';
        if (at == size || zulu) {
            const QDate date(year, month, day);
            if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
                return std::nullopt;
            // UTC: days since 1970-01-01 (Julian day 2440588) and the time of day, without
            // building a QDateTime per event.
            constexpr qint64 UnixEpochJulianDay = 2440588;
            return (date.toJulianDay() - UnixEpochJulianDay) * 86'400'000
                + ((hour * 60 + minute) * 60 + second) * 1000 + msecs;
        }
    }
    const auto parsed = parseTimestamp(QString::fromUtf8(text));
    if (!parsed)
        return std::nullopt;
    return parsed->toMSecsSinceEpoch();
}

} // namespace

Collector::Collector(CollectorStore &store, ChangeHub &changes)
    : m_store(store)
    , m_changes(changes)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
}

Result<void> Collector::load()
{
    auto types = m_store.eventTypes();
    if (!types)
        return types.error();
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    QHash<QByteArray, EventRules> rules;
    for (const EventType &type : std::as_const(*types)) {
        auto parsed = EventRules::parse(type.rules);
        if (parsed)
            rules.insert(typeKey(type.category.toUtf8(), type.name.toUtf8()), *parsed);
        else
            qWarning("Collector: ignoring invalid stored rules of %s / %s",
                qUtf8Printable(type.category), qUtf8Printable(type.name));
    }
    QWriteLocker locker(&m_lock);
    m_rules = std::move(rules);
    m_settings = *settings;
    return {};
}

QByteArray Collector::hashKey(QByteArrayView key)
{
    QByteArray hash(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(hash.data()),
        reinterpret_cast<const unsigned char *>(key.data()), quint64(key.size()));
    return hash;
}

Result<CreatedApp> Collector::createApp(
    const QString &name, qint64 ownerId, const QStringList &scopes)
{
    const QString trimmed = name.trimmed();
    QList<FieldError> fields;
    if (trimmed.isEmpty())
        fields.append({QStringLiteral("name"), QStringLiteral("is required")});
    else if (trimmed.size() > 100)
        fields.append({QStringLiteral("name"), QStringLiteral("must be at most 100 characters")});
    for (const QString &scope : scopes) {
        if (scope != QLatin1String("track"))
            fields.append({QStringLiteral("scopes"),
                QStringLiteral("'%1' is not a scope (known: track)").arg(scope)});
    }
    if (!fields.isEmpty())
        return Error::invalid(
            QStringLiteral("invalid_app"), QStringLiteral("The app cannot be created."), fields);

    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QByteArray encoded
        = QByteArray(reinterpret_cast<const char *>(random), sizeof random)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(random, sizeof random);
    CreatedApp created;
    created.key = KeyPrefix + QString::fromLatin1(encoded);
    App app;
    app.name = trimmed;
    app.ownerId = ownerId;
    app.keyHint = created.key.left(KeyPrefix.size() + 6);
    app.scopes = scopes.isEmpty() ? QStringList {QStringLiteral("track")} : scopes;
    app.createdAt = nowMsecs();
    auto inserted = m_store.insertApp(app, hashKey(created.key.toLatin1()));
    if (!inserted)
        return inserted.error();
    created.app = *inserted;
    m_changes.notify(ChangeHub::Topic::Apps, created.app.id);
    return created;
}

Result<QList<App>> Collector::apps(qint64 ownerId)
{
    return m_store.apps(ownerId);
}

Result<App> Collector::revokeApp(qint64 id, qint64 ownerId)
{
    auto app = m_store.app(id);
    if (!app)
        return app.error();
    // Another user's app is reported as missing, so ids reveal nothing.
    if (ownerId != 0 && app->ownerId != ownerId)
        return Error::notFound(QStringLiteral("There is no app %1.").arg(id));
    if (!app->isRevoked()) {
        const qint64 now = nowMsecs();
        if (auto revoked = m_store.revokeApp(id, now); !revoked)
            return revoked.error();
        app->revokedAt = now;
        {
            QWriteLocker locker(&m_lock);
            ++m_revocations;
            for (auto it = m_keyCache.begin(); it != m_keyCache.end();) {
                if (it.value() == id)
                    it = m_keyCache.erase(it);
                else
                    ++it;
            }
        }
        m_changes.notify(ChangeHub::Topic::Apps, id);
    }
    return *app;
}

Result<void> Collector::followOtherProcesses()
{
    auto version = m_store.configVersion();
    if (!version)
        return version.error();
    if (!*version)
        return {};
    {
        QReadLocker locker(&m_lock);
        if (m_configVersion == *version)
            return {};
    }
    // The version is read before the data: a change that lands in between is seen again on the
    // next request, never missed.
    if (auto loaded = load(); !loaded)
        return loaded.error();
    QWriteLocker locker(&m_lock);
    m_keyCache.clear();
    ++m_revocations;
    m_configVersion = *version;
    return {};
}

Result<qint64> Collector::authenticateApp(QByteArrayView key)
{
    const auto unauthorized = [] {
        return Error::make(ErrorKind::Unauthorized, QStringLiteral("invalid_app_key"),
            QStringLiteral("Send a valid, unrevoked app key as 'Authorization: Bearer eda_...'."));
    };
    if (key.isEmpty() || key.size() > 256 || !key.startsWith(QByteArrayView("eda_")))
        return unauthorized();
    if (auto followed = followOtherProcesses(); !followed)
        return followed.error();
    const QByteArray hash = hashKey(key);
    quint64 revocations = 0;
    {
        QReadLocker locker(&m_lock);
        const auto found = m_keyCache.constFind(hash);
        if (found != m_keyCache.constEnd())
            return found.value();
        revocations = m_revocations;
    }
    auto stored = m_store.appByKeyHash(hash);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return unauthorized();
    const auto &[app, storedHash] = **stored;
    if (storedHash.size() != hash.size()
        || sodium_memcmp(storedHash.constData(), hash.constData(), size_t(hash.size())) != 0
        || app.isRevoked() || !app.scopes.contains(QStringLiteral("track")))
        return unauthorized();
    QWriteLocker locker(&m_lock);
    // A revoke that ran while we read the database must not be undone by caching what we read.
    if (revocations == m_revocations)
        m_keyCache.insert(hash, app.id);
    return app.id;
}

Collector::Checked Collector::check(
    const JsonView &view, int event, qint64 appId, qint64 receivedAt) const
{
    Checked result;
    QList<FieldError> &reasons = result.reasons;
    if (view.type(event) != JsonView::Type::Object) {
        reasons.append({QStringLiteral("event"), QStringLiteral("must be an object")});
        return result;
    }
    auto sessionId = textField(view, event, "session_id"_L1, 128, true, &reasons);
    auto category = textField(view, event, "category"_L1, 100, true, &reasons);
    auto name = textField(view, event, "name"_L1, 100, true, &reasons);
    auto eventId = textField(view, event, "event_id"_L1, 128, false, &reasons);

    qint64 occurredAt = 0;
    const int timestamp = view.member(event, "timestamp");
    // One look under the lock per event: the settings and this type's rules (a cheap, shared
    // copy), validated after the lock is released.
    CollectorSettings settings;
    std::optional<EventRules> rules;
    {
        QReadLocker locker(&m_lock);
        settings = m_settings;
        if (category && name) {
            const auto found = m_rules.constFind(typeKey(*category, *name));
            if (found != m_rules.constEnd())
                rules = *found;
        }
    }
    if (timestamp < 0 || view.isNull(timestamp)) {
        reasons.append({QStringLiteral("timestamp"), QStringLiteral("is required")});
    } else if (view.type(timestamp) != JsonView::Type::String) {
        reasons.append({QStringLiteral("timestamp"),
            QStringLiteral("must be a string in RFC 3339 or 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC)")});
    } else if (const auto parsed = view.isPlainAscii(timestamp)
            ? parseEventTime(view.raw(timestamp).sliced(1).chopped(1))
            : parseEventTime(view.utf8(timestamp))) {
        occurredAt = *parsed;
        if (occurredAt > receivedAt + settings.maxSkewMs)
            reasons.append({QStringLiteral("timestamp"),
                QStringLiteral("is in the future (more than %1 ms ahead of the server's clock)")
                    .arg(settings.maxSkewMs)});
    } else {
        reasons.append({QStringLiteral("timestamp"),
            QStringLiteral(
                "is not a valid time in RFC 3339 or 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC)")});
    }

    const int data = view.member(event, "data");
    const bool dataIsObject = data >= 0 && view.type(data) == JsonView::Type::Object;
    if (data < 0 || view.isNull(data))
        reasons.append({QStringLiteral("data"), QStringLiteral("is required")});
    else if (!dataIsObject)
        reasons.append({QStringLiteral("data"), QStringLiteral("must be an object")});

    if (category && name && dataIsObject) {
        if (rules)
            rules->validate(view, data, &reasons);
        else if (settings.strictTypes)
            reasons.append({QStringLiteral("name"),
                QStringLiteral("'%1 / %2' is not a known event type (strict mode is on)")
                    .arg(QString::fromUtf8(*category), QString::fromUtf8(*name))});
    }
    if (!reasons.isEmpty())
        return result;

    PendingEvent pending;
    pending.appId = appId;
    pending.sessionId = std::move(*sessionId);
    pending.category = std::move(*category);
    pending.name = std::move(*name);
    pending.data = view.compact(data);
    pending.occurredAt = occurredAt;
    pending.receivedAt = receivedAt;
    if (eventId)
        pending.clientEventId = std::move(*eventId);
    result.event = std::move(pending);
    return result;
}

Collector::Checked Collector::check(const QJsonObject &event, qint64 appId, qint64 receivedAt) const
{
    const QByteArray text = QJsonDocument(event).toJson(QJsonDocument::Compact);
    JsonView view;
    if (!view.parse(text)) { // Qt's own output is JSON: only a nesting deeper than ours fails
        Checked refused;
        refused.reasons.append({QStringLiteral("event"), QStringLiteral("nests too deeply")});
        return refused;
    }
    return check(view, view.root(), appId, receivedAt);
}

Result<QList<EventType>> Collector::eventTypes()
{
    if (auto followed = followOtherProcesses(); !followed)
        return followed.error();
    return m_store.eventTypes();
}

Result<EventType> Collector::putEventType(
    const QString &category, const QString &name, const QJsonObject &rules)
{
    QList<FieldError> fields;
    if (category.trimmed().isEmpty() || category.size() > 100)
        fields.append({QStringLiteral("category"), QStringLiteral("must be 1 to 100 characters")});
    if (name.trimmed().isEmpty() || name.size() > 100)
        fields.append({QStringLiteral("name"), QStringLiteral("must be 1 to 100 characters")});
    auto parsed = EventRules::parse(rules);
    if (!parsed)
        fields += parsed.error().fields;
    if (!fields.isEmpty())
        return Error::invalid(QStringLiteral("invalid_event_type"),
            QStringLiteral("The event type cannot be saved."), fields);
    EventType type {category, name, rules, false, nowMsecs()};
    if (auto stored = m_store.putEventType(type); !stored)
        return stored.error();
    {
        QWriteLocker locker(&m_lock);
        m_rules.insert(typeKey(category.toUtf8(), name.toUtf8()), *parsed);
    }
    m_changes.notify(ChangeHub::Topic::Tracking, 0);
    return type;
}

Result<void> Collector::deleteEventType(const QString &category, const QString &name)
{
    if (auto deleted = m_store.deleteEventType(category, name); !deleted)
        return deleted;
    {
        QWriteLocker locker(&m_lock);
        m_rules.remove(typeKey(category.toUtf8(), name.toUtf8()));
    }
    m_changes.notify(ChangeHub::Topic::Tracking, 0);
    return {};
}

CollectorSettings Collector::settings()
{
    // A store that cannot be read leaves the last settings read (the write that follows meets
    // the same error).
    (void)followOtherProcesses();
    QReadLocker locker(&m_lock);
    return m_settings;
}

Result<void> Collector::setSettings(const CollectorSettings &settings)
{
    if (settings.maxSkewMs < 0 || settings.maxSkewMs > 24LL * 3600 * 1000)
        return Error::invalid(QStringLiteral("invalid_settings"),
            QStringLiteral("The settings cannot be saved."),
            {{QStringLiteral("max_skew_ms"), QStringLiteral("must be 0 to 86400000")}});
    if (auto stored = m_store.putSettings(settings); !stored)
        return stored;
    QWriteLocker locker(&m_lock);
    m_settings = settings;
    return {};
}

static Result<void> checkRange(qint64 from, qint64 to)
{
    if (to <= from)
        return Error::invalid(
            QStringLiteral("invalid_range"), QStringLiteral("'to' must be after 'from'."));
    if (to - from > 31LL * 24 * 3600 * 1000)
        return Error::invalid(QStringLiteral("range_too_large"),
            QStringLiteral("Ask for at most 31 days of minutes at once."));
    return {};
}

Result<QList<App>> Collector::apps(const Actor &actor)
{
    if (actor.user.id == 0 && !actor.isAdmin())
        return QList<App> {};
    return apps(actor.isAdmin() ? 0 : actor.user.id);
}

Result<App> Collector::revokeApp(const Actor &actor, qint64 id)
{
    if (actor.user.id == 0 && !actor.isAdmin())
        return Error::notFound(QStringLiteral("No such app."));
    return revokeApp(id, actor.isAdmin() ? 0 : actor.user.id);
}

Result<std::optional<QList<qint64>>> Collector::visibleApps(const Actor &actor, qint64 only)
{
    if (actor.isAdmin())
        return std::optional<QList<qint64>> {};
    QList<qint64> ids;
    if (actor.user.id != 0) {
        auto owned = apps(actor.user.id);
        if (!owned)
            return owned.error();
        for (const App &app : *owned)
            ids.append(app.id);
    }
    if (only != 0 && !ids.contains(only))
        return Error::make(ErrorKind::Forbidden, QStringLiteral("forbidden"),
            QStringLiteral("Only the app's owner or an administrator may read its events."));
    return std::optional<QList<qint64>> {ids};
}

Result<QList<TrackedEvent>> Collector::events(const Actor &actor, TrackQuery query)
{
    auto visible = visibleApps(actor, query.appId);
    if (!visible)
        return visible.error();
    query.onlyApps = *visible;
    return m_store.events(query);
}

Result<QList<TrackingError>> Collector::errors(const Actor &actor, ErrorQuery query)
{
    auto visible = visibleApps(actor, query.appId);
    if (!visible)
        return visible.error();
    query.onlyApps = *visible;
    return m_store.errors(query);
}

Result<QList<MinuteCount>> Collector::minuteCounts(const Actor &actor, qint64 from, qint64 to)
{
    auto visible = visibleApps(actor, 0);
    if (!visible)
        return visible.error();
    if (auto range = checkRange(from, to); !range)
        return range.error();
    return *visible ? m_store.minuteCountsOfApps(from, to, **visible)
                    : m_store.minuteCounts(from, to);
}

Result<EventType> Collector::putEventType(
    const Actor &actor, const QString &category, const QString &name, const QJsonObject &rules)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed.error();
    return putEventType(category, name, rules);
}

Result<void> Collector::deleteEventType(
    const Actor &actor, const QString &category, const QString &name)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed;
    return deleteEventType(category, name);
}

Result<void> Collector::setSettings(const Actor &actor, const CollectorSettings &settings)
{
    if (auto allowed = requireAdmin(actor); !allowed)
        return allowed;
    return setSettings(settings);
}

Result<QList<MinuteCount>> Collector::minuteCounts(qint64 from, qint64 to)
{
    if (auto range = checkRange(from, to); !range)
        return range.error();
    return m_store.minuteCounts(from, to);
}

} // namespace Eventdesk::Core
