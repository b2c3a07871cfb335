// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedservice.h"

#include "changehub.h"
#include "timeutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace Eventdesk::Core {

namespace {

constexpr int maxReportedErrors = 100;

// Text with a NUL character (U+0000: a JSON "\u0000", an XML character reference) cannot be
// stored by PostgreSQL, which SQLite would store: such an element is skipped, with the reason,
// on both backends alike. Null when the element is clean.
std::optional<FeedIssue> nulIssue(
    const QString &what, const QString &id, std::initializer_list<const QString *> texts)
{
    for (const QString *text : texts) {
        if (text->contains(QChar(u'\0')))
            return FeedIssue {0,
                QStringLiteral("%1 %2: its text contains a NUL character (U+0000)").arg(what, id)};
    }
    return std::nullopt;
}

std::optional<FeedIssue> nulIssue(const FeedItem &item)
{
    return nulIssue(QStringLiteral("event"), item.externalId,
        {&item.externalId, &item.title, &item.description, &item.location, &item.category,
            &item.sellMode, &item.baseId, &item.planId});
}

std::optional<FeedIssue> nulIssue(const FeedComment &comment)
{
    return nulIssue(QStringLiteral("comment"), comment.externalId,
        {&comment.externalId, &comment.eventExternalId, &comment.authorName, &comment.authorEmail,
            &comment.body});
}

// Streams parsed elements into the writer and counts what happened to each.
class CountingSink : public FeedSink
{
public:
    CountingSink(
        ImportWriter &writer, ImportRun &run, const ImportOptions &options, QIODevice &input)
        : m_writer(writer)
        , m_run(run)
        , m_options(options)
        , m_input(input)
    { }

    Result<void> item(const FeedItem &item) override
    {
        if (const auto refused = nulIssue(item)) {
            skipped(*refused);
            return {};
        }
        return count(m_writer.upsert(item));
    }
    Result<void> comment(const FeedComment &comment) override
    {
        if (const auto refused = nulIssue(comment)) {
            skipped(*refused);
            return {};
        }
        auto outcome = m_writer.upsertComment(comment);
        if (!outcome && outcome.error().kind == ErrorKind::NotFound) {
            skipped({0, outcome.error().message});
            return {};
        }
        return count(std::move(outcome));
    }
    void skipped(const FeedIssue &issue) override
    {
        ++m_run.skipped;
        report(issue);
    }
    void note(const FeedIssue &issue) override { report(issue); }

private:
    void report(const FeedIssue &issue)
    {
        if (m_run.errors.size() < maxReportedErrors)
            m_run.errors.append(issue.line > 0
                    ? QStringLiteral("line %1: %2").arg(issue.line).arg(issue.message)
                    : issue.message);
    }
    Result<void> count(Result<UpsertOutcome> outcome)
    {
        if (!outcome)
            return outcome.error();
        switch (*outcome) {
        case UpsertOutcome::Added:
            ++m_run.added;
            break;
        case UpsertOutcome::Updated:
            ++m_run.updated;
            break;
        case UpsertOutcome::Unchanged:
            ++m_run.unchanged;
            break;
        }
        const int items = m_run.added + m_run.updated + m_run.unchanged;
        if (m_options.progress && items % 1000 == 0)
            m_options.progress(m_input.pos(), items);
        return {};
    }
    ImportWriter &m_writer;
    ImportRun &m_run;
    const ImportOptions &m_options;
    QIODevice &m_input;
};

} // namespace

QString planUuid(const QString &source, const QString &externalId)
{
    static const QUuid ns(QStringLiteral("{6f1c2a52-6a7e-4d0b-9a57-3a3d6e0f7c11}"));
    return QUuid::createUuidV5(ns, QString(source + u'\x1f' + externalId))
        .toString(QUuid::WithoutBraces);
}

FeedService::FeedService(FeedStore &store, const FeedFormats &formats, FeedFetcher &fetcher,
    ChangeHub &changes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_formats(formats)
    , m_fetcher(fetcher)
    , m_changes(changes)
{ }

FeedService::~FeedService()
{
    stopScheduler();
}

Result<QList<Feed>> FeedService::feeds()
{
    return m_store.feeds();
}

Result<Feed> FeedService::feed(qint64 id)
{
    return m_store.feed(id);
}

bool FeedService::isWebLocation(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

static Result<void> validateFields(const Feed &feed)
{
    QList<FieldError> fields;
    if (feed.name.trimmed().isEmpty() || feed.name.size() > 200)
        fields.append({QStringLiteral("name"), QStringLiteral("1 to 200 characters")});
    const QUrl url(feed.location);
    const bool web
        = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const bool file = url.scheme() == QLatin1String("file") || QFile::exists(feed.location)
        || feed.location.startsWith(u'/');
    if (feed.location.isEmpty() || feed.location.size() > 2000 || (!web && !file)
        || (web && url.host().isEmpty()))
        fields.append({QStringLiteral("url"),
            QStringLiteral("an http(s) URL, a file: URL or an absolute file path")});
    if (feed.intervalSeconds != 0 && (feed.intervalSeconds < 60 || feed.intervalSeconds > 604800))
        fields.append({QStringLiteral("interval_seconds"),
            QStringLiteral("0 (manual) or 60 to 604800 seconds")});
    if (!feed.source.isEmpty()
        && !QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"))
                .match(feed.source)
                .hasMatch())
        fields.append({QStringLiteral("source"),
            QStringLiteral("lower-case letters, digits, '.', '_' or '-', up to 64")});
    if (!fields.isEmpty())
        return Error::invalid(
            QStringLiteral("invalid_feed"), QStringLiteral("The feed has invalid fields."), fields);
    return {};
}

Result<void> FeedService::validateFeed(const Feed &feed, const Actor &actor)
{
    // Over the API only web locations: checked before anything looks at the file system, so
    // the answer never tells whether a path exists.
    if (!actor.isLocal() && !isWebLocation(feed.location))
        return Error::invalid(QStringLiteral("invalid_feed"),
            QStringLiteral("The feed has invalid fields."),
            {{QStringLiteral("url"),
                QStringLiteral("an http(s) URL (local files only from the window or the command "
                               "line)")}});
    return validateFields(feed);
}

static Error notYours()
{
    return Error::make(ErrorKind::Forbidden, QStringLiteral("forbidden"),
        QStringLiteral("Only the feed's owner or an administrator may do this."));
}

Result<Feed> FeedService::managedFeed(const Actor &actor, qint64 id)
{
    auto feed = m_store.feed(id);
    if (!feed)
        return feed;
    if (!actor.mayManage(feed->createdBy))
        return notYours();
    return feed;
}

Result<Feed> FeedService::createFeed(const Actor &actor, Feed feed)
{
    if (actor.user.id == 0 && !actor.isAdmin())
        return Error::make(ErrorKind::Forbidden, QStringLiteral("sign_in_required"),
            QStringLiteral("Sign in to add a feed."));
    if (auto valid = validateFeed(feed, actor); !valid)
        return valid.error();
    feed.createdBy = actor.user.id;
    return createFeed(feed);
}

Result<Feed> FeedService::updateFeed(const Actor &actor, const Feed &feed)
{
    auto current = managedFeed(actor, feed.id);
    if (!current)
        return current;
    if (auto valid = validateFeed(feed, actor); !valid)
        return valid.error();
    Feed changed = feed;
    changed.createdBy = current->createdBy; // ownership does not move with an edit
    return updateFeed(changed);
}

Result<void> FeedService::deleteFeed(const Actor &actor, qint64 id)
{
    if (auto current = managedFeed(actor, id); !current)
        return current.error();
    return deleteFeed(id);
}

Result<qint64> FeedService::requestSync(const Actor &actor, qint64 feedId)
{
    auto current = managedFeed(actor, feedId);
    if (!current)
        return current.error();
    if (!actor.isLocal() && !isWebLocation(current->location))
        return Error::make(ErrorKind::Forbidden, QStringLiteral("local_location"),
            QStringLiteral("This feed's location is not an http(s) URL; only the window or the "
                           "command line may sync it."));
    return requestSync(feedId);
}

Result<ImportRun> FeedService::importRun(const Actor &actor, qint64 id)
{
    auto run = m_store.importRun(id);
    if (!run || run->feedId == 0)
        return run;
    auto feed = m_store.feed(run->feedId);
    if (feed && !actor.mayManage(feed->createdBy))
        return Error::make(ErrorKind::Forbidden, QStringLiteral("forbidden"),
            QStringLiteral("Only the feed's owner or an administrator may read its imports."));
    return run;
}

Result<Feed> FeedService::createFeed(Feed feed)
{
    if (auto valid = validateFields(feed); !valid)
        return valid.error();
    feed.createdAt = feed.updatedAt = nowMsecs();
    feed.nextRunAt = feed.createdAt;
    auto created = m_store.createFeed(feed);
    if (created)
        m_changes.notify(ChangeHub::Topic::Feeds, created->id);
    return created;
}

Result<Feed> FeedService::updateFeed(const Feed &feed)
{
    if (auto valid = validateFields(feed); !valid)
        return valid.error();
    Feed changed = feed;
    changed.updatedAt = nowMsecs();
    auto updated = m_store.updateFeed(changed);
    if (updated)
        m_changes.notify(ChangeHub::Topic::Feeds, updated->id);
    return updated;
}

Result<void> FeedService::deleteFeed(qint64 id)
{
    auto deleted = m_store.deleteFeed(id);
    if (deleted)
        m_changes.notify(ChangeHub::Topic::Feeds, id);
    return deleted;
}

Result<ImportRun> FeedService::importRun(qint64 id)
{
    return m_store.importRun(id);
}

ImportRun FeedService::fail(ImportRun run, const Error &error)
{
    run.status = QStringLiteral("failed");
    run.errorCode = error.code;
    run.errors.prepend(error.message);
    run.added = run.updated = run.unchanged = 0; // rolled back: nothing happened
    return finish(std::move(run));
}

ImportRun FeedService::finish(ImportRun run)
{
    run.finishedAt = nowMsecs();
    if (run.id == 0) {
        if (auto id = m_store.createImport(run))
            run.id = *id;
    } else {
        (void)m_store.saveImport(run);
    }
    m_changes.notify(ChangeHub::Topic::Imports, run.id);
    return run;
}

ImportRun FeedService::importDocument(QIODevice &input, const ImportOptions &options)
{
    ImportRun run;
    run.id = options.importId;
    run.feedId = options.feedId;
    run.startedAt = nowMsecs();
    run.status = QStringLiteral("running");
    run.format = options.format;
    if (run.format == FeedFormat::Unknown)
        run.format = m_formats.sniff(options.contentType, input.peek(4096));
    run.source = options.source.isEmpty() ? feedFormatName(run.format) : options.source;
    auto parser = m_formats.parser(run.format);
    if (!parser)
        return fail(run,
            Error::make(ErrorKind::Unsupported, QStringLiteral("unsupported_format"),
                QStringLiteral("The document is not a provider XML, JSON or iCalendar feed.")));

    QMutexLocker lock(&m_importMutex); // one writer at a time
    QElapsedTimer timer;
    timer.start();
    auto writer = m_store.beginImport(run.source);
    if (!writer)
        return fail(run, writer.error());
    CountingSink sink(**writer, run, options, input);
    auto parsed = parser->parse(input, sink, options.parse);
    run.bytes = input.pos();
    run.parseMs = timer.restart();
    if (!parsed) {
        writer->reset(); // rolls back
        return fail(run, parsed.error());
    }
    if (run.skipped > 0 && run.added + run.updated + run.unchanged == 0) {
        // Everything the document held was refused: not a success, whatever was written.
        writer->reset();
        return fail(run,
            Error::make(ErrorKind::Invalid, QStringLiteral("all_skipped"),
                QStringLiteral("Nothing was imported: all %1 elements of the document were "
                               "skipped (reasons below).")
                    .arg(run.skipped)));
    }
    auto committed = (*writer)->commit();
    writer->reset(); // rolls back what commit() did not finish, before the run is recorded
    if (!committed)
        return fail(run, committed.error());
    run.commitMs = timer.elapsed();
    lock.unlock();
    run.status = QStringLiteral("succeeded");
    if (run.added + run.updated > 0)
        m_changes.notify(ChangeHub::Topic::Events, 0);
    return finish(std::move(run));
}

ImportRun FeedService::importLocation(const QString &location, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    FetchRequest request = m_fetchDefaults;
    request.location = location;
    request.cancel = options.parse.cancel;
    request.maxBytes = options.parse.maxBytes;
    QTemporaryFile file;
    ImportRun run;
    run.id = options.importId;
    run.feedId = options.feedId;
    run.startedAt = nowMsecs();
    run.format = options.format;
    run.source = options.source.isEmpty() ? feedFormatName(options.format) : options.source;
    // A local file is read in place (streamed), not copied.
    const QUrl url = QUrl::fromUserInput(location, QDir::currentPath(), QUrl::AssumeLocalFile);
    if (url.isLocalFile()) {
        QFile local(url.toLocalFile());
        if (!local.open(QIODevice::ReadOnly))
            return fail(run,
                Error::make(ErrorKind::NotFound, QStringLiteral("file_unreadable"),
                    QStringLiteral("Cannot read %1: %2")
                        .arg(local.fileName(), local.errorString())));
        if (local.size() > options.parse.maxBytes)
            return fail(run,
                Error::make(ErrorKind::TooLarge, QStringLiteral("too_large"),
                    QStringLiteral("The file is larger than %1 bytes.")
                        .arg(options.parse.maxBytes)));
        return importDocument(local, options);
    }
    if (!file.open())
        return fail(
            run, Error::internal(QStringLiteral("No temporary file: %1").arg(file.errorString())));
    auto fetched = m_fetcher.fetch(request, file);
    if (!fetched)
        return fail(run, fetched.error());
    const qint64 fetchMs = timer.elapsed();
    file.seek(0);
    ImportOptions next = options;
    next.contentType = fetched->contentType;
    ImportRun done = importDocument(file, next);
    done.fetchMs = fetchMs;
    if (done.id)
        (void)m_store.saveImport(done);
    return done;
}

ImportRun FeedService::syncFeed(qint64 feedId, qint64 importId, const std::atomic<bool> *cancel)
{
    ImportRun run;
    run.id = importId;
    run.feedId = feedId;
    run.startedAt = nowMsecs();
    auto found = m_store.feed(feedId);
    if (!found)
        return fail(run, found.error());
    Feed feed = *found;
    run.format = feed.format;
    run.source = feed.source;
    if (run.id) { // a queued run (POST /feeds/{id}/sync, Sync now) shows that it started
        run.status = QStringLiteral("running");
        (void)m_store.saveImport(run);
        m_changes.notify(ChangeHub::Topic::Imports, run.id);
    }

    QElapsedTimer timer;
    timer.start();
    FetchRequest request = m_fetchDefaults;
    request.location = feed.location;
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    request.cancel = cancel;
    QTemporaryFile file;
    Result<FetchResult> fetched = file.open()
        ? m_fetcher.fetch(request, file)
        : Result<FetchResult>(Error::internal(QStringLiteral("No temporary file.")));

    if (!fetched) {
        run = fail(run, fetched.error());
    } else if (fetched->notModified) {
        run.status = QStringLiteral("not_modified");
        run.fetchMs = timer.elapsed();
        run = finish(std::move(run));
    } else {
        file.seek(0);
        ImportOptions options;
        options.format = feed.format;
        options.contentType = fetched->contentType;
        options.source = feed.source;
        options.feedId = feedId;
        options.importId = run.id;
        options.parse.cancel = cancel;
        const qint64 fetchMs = timer.elapsed();
        run = importDocument(file, options);
        run.fetchMs = fetchMs;
        (void)m_store.saveImport(run);
        if (run.status == QLatin1String("succeeded")) {
            feed.etag = fetched->etag;
            feed.lastModified = fetched->lastModified;
        }
    }
    feed.lastRunAt = run.finishedAt;
    feed.lastStatus = run.status;
    feed.lastError = run.status == QLatin1String("failed") && !run.errors.isEmpty()
        ? run.errors.first()
        : QString();
    feed.lastImportId = run.id;
    feed.nextRunAt = feed.intervalSeconds > 0 ? run.finishedAt + feed.intervalSeconds * 1000LL : 0;
    if (m_store.recordFeedRun(feed))
        m_changes.notify(ChangeHub::Topic::Feeds, feedId);
    return run;
}

namespace {

// Collects the first rows, then stops the parse.
class PreviewSink : public FeedSink
{
public:
    PreviewSink(FeedPreview &preview, int rows)
        : m_preview(preview)
        , m_rows(rows)
    { }
    Result<void> item(const FeedItem &item) override
    {
        if (const auto refused = nulIssue(item)) {
            skipped(*refused);
            return {};
        }
        m_preview.items.append(item);
        if (m_preview.items.size() >= m_rows)
            return Error::make(ErrorKind::Invalid, QStringLiteral("preview_full"), {});
        return {};
    }
    Result<void> comment(const FeedComment &) override
    {
        ++m_preview.comments;
        return {};
    }
    void skipped(const FeedIssue &issue) override { m_preview.issues.append(issue.message); }

private:
    FeedPreview &m_preview;
    int m_rows;
};

} // namespace

Result<FeedPreview> FeedService::preview(
    const QString &location, FeedFormat format, int rows, const std::atomic<bool> *cancel)
{
    FeedPreview preview;
    const QUrl url = QUrl::fromUserInput(location, QDir::currentPath(), QUrl::AssumeLocalFile);
    std::unique_ptr<QIODevice> device;
    QByteArray contentType;
    if (url.isLocalFile()) {
        auto file = std::make_unique<QFile>(url.toLocalFile());
        if (!file->open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::NotFound, QStringLiteral("file_unreadable"),
                QStringLiteral("Cannot read %1: %2").arg(url.toLocalFile(), file->errorString()));
        preview.size = file->size();
        device = std::move(file);
    } else {
        auto file = std::make_unique<QTemporaryFile>();
        if (!file->open())
            return Error::internal(QStringLiteral("No temporary file."));
        FetchRequest request = m_fetchDefaults;
        request.location = location;
        request.cancel = cancel;
        auto fetched = m_fetcher.fetch(request, *file);
        if (!fetched)
            return fetched.error();
        contentType = fetched->contentType;
        preview.size = fetched->bytes;
        file->seek(0);
        device = std::move(file);
    }
    preview.format
        = format != FeedFormat::Unknown ? format : m_formats.sniff(contentType, device->peek(4096));
    auto parser = m_formats.parser(preview.format);
    if (!parser)
        return Error::make(ErrorKind::Unsupported, QStringLiteral("unsupported_format"),
            QStringLiteral("The document is not a provider XML, JSON or iCalendar feed."));
    PreviewSink sink(preview, qMax(1, rows));
    ParseOptions options;
    options.cancel = cancel;
    auto parsed = parser->parse(*device, sink, options);
    if (!parsed && parsed.error().code != QLatin1String("preview_full"))
        return parsed.error();
    return preview;
}

Result<qint64> FeedService::requestSync(qint64 feedId)
{
    auto found = m_store.feed(feedId);
    if (!found)
        return found.error();
    if (!m_worker)
        return Error::make(ErrorKind::Unavailable, QStringLiteral("scheduler_stopped"),
            QStringLiteral("Background syncing is not running."));
    ImportRun run;
    run.feedId = feedId;
    run.source = found->source;
    run.format = found->format;
    run.status = QStringLiteral("queued");
    run.startedAt = nowMsecs();
    auto id = m_store.createImport(run);
    if (!id)
        return id.error();
    m_changes.notify(ChangeHub::Topic::Imports, *id);
    const qint64 importId = *id;
    QMetaObject::invokeMethod(
        m_worker, [this, feedId, importId] { syncFeed(feedId, importId, &m_stopping); },
        Qt::QueuedConnection);
    return importId;
}

void FeedService::startScheduler(int checkMs)
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("feeds"));
    m_worker = new QObject;
    auto *timer = new QTimer(m_worker); // before the move, so it moves along
    timer->setInterval(checkMs);
    m_worker->moveToThread(m_thread.get());
    connect(timer, &QTimer::timeout, m_worker, [this] { runDue(); });
    connect(m_thread.get(), &QThread::started, timer, [timer, this] {
        timer->start();
        runDue();
    });
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

void FeedService::stopScheduler()
{
    if (!m_thread)
        return;
    m_stopping = true;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
}

void FeedService::runDue()
{
    auto due = m_store.dueFeeds(nowMsecs());
    if (!due)
        return;
    for (const Feed &feed : *due) {
        if (m_stopping)
            return;
        // Several processes on one database: each scheduled sync runs once. A feed another
        // process is syncing is skipped; one it synced since dueFeeds() read it is no longer due.
        auto claim = m_store.claimFeed(feed.id);
        if (!claim || !*claim)
            continue;
        auto current = m_store.feed(feed.id);
        if (!current || !current->enabled || current->intervalSeconds <= 0
            || current->nextRunAt > feed.nextRunAt)
            continue;
        syncFeed(feed.id, 0, &m_stopping);
    }
}

Result<QList<StoredEvent>> FeedService::search(const SearchWindow &window)
{
    return m_store.searchable(window);
}

std::optional<std::pair<qint64, qint64>> FeedService::searchVersion()
{
    return m_store.dataVersion();
}

Result<QByteArray> FeedService::exportICalendar(
    const SearchWindow &window, const QList<qint64> &ids)
{
    auto events = m_store.eventsForExport(window, ids);
    if (!events)
        return events.error();
    return m_formats.exportICalendar(*events);
}

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Provider:
        return QStringLiteral("provider");
    case FeedFormat::Json:
        return QStringLiteral("json");
    case FeedFormat::ICal:
        return QStringLiteral("ical");
    case FeedFormat::Unknown:
        break;
    }
    return QStringLiteral("auto");
}

FeedFormat feedFormatFromName(QStringView name)
{
    if (name == u"provider" || name == u"xml")
        return FeedFormat::Provider;
    if (name == u"json")
        return FeedFormat::Json;
    if (name == u"ical" || name == u"ics")
        return FeedFormat::ICal;
    return FeedFormat::Unknown;
}

} // namespace Eventdesk::Core
