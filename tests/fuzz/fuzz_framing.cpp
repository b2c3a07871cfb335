// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The connection guard's framing on arbitrary byte streams:
// - the same steps at the same offsets whether the stream arrives whole or in pieces;
// - every request it accepts is read the same way by a model of Qt HttpServer 6.4's lenient
//   reader (where the head ends, how long the body is), so no byte can be a body to one and a
//   request to the other.
#include "fuzzsupport.h"
#include "httpframing.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <tuple>

using namespace Eventdesk::Api;

namespace {

struct Step
{
    HttpFramer::Step kind;
    qint64 offset;
    int status;
    qint64 contentLength;
    bool operator==(const Step &) const = default;
};

QList<Step> frame(QByteArrayView stream, qsizetype piece, const FramingLimits &limits)
{
    HttpFramer framer(limits);
    QList<Step> steps;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        QByteArrayView data = stream.sliced(at, qMin(piece, stream.size() - at));
        while (!data.isEmpty()) {
            const HttpFramer::Step kind = framer.next(data);
            if (kind == HttpFramer::Step::NeedMore) {
                FUZZ_CHECK(data.isEmpty());
                break;
            }
            steps.append({kind, framer.offset(), framer.head().status,
                kind == HttpFramer::Step::Head ? framer.head().contentLength : 0});
            if (kind == HttpFramer::Step::Refused)
                return steps;
        }
    }
    return steps;
}

// How Qt HttpServer 6.4 (QHttpServerRequestPrivate + QHttpHeaderParser) reads one request from
// the front of a stream: the offset after its head and its body length, or nothing.
struct QtRead
{
    qint64 headEnd = 0;
    qint64 bodyLength = 0;
};

std::optional<qint64> qtContentLength(QByteArrayView header)
{
    // QHttpHeaderParser::parseHeaders; on failure Qt keeps no fields at all.
    const auto spaceStart
        = [](QByteArrayView h) { return h.startsWith(' ') || h.startsWith('\t'); };
    if (spaceStart(header) || (!header.isEmpty() && !header.endsWith('\n')))
        return std::nullopt;
    while (int tail = header.endsWith("\n\r\n") ? 2 : header.endsWith("\n\n") ? 1 : 0)
        header.chop(tail);
    int fields = 0;
    std::optional<qint64> first;
    while (!header.isEmpty()) {
        const qsizetype colon = header.indexOf(':');
        if (colon < 0)
            return first;
        if (++fields > 100)
            return std::nullopt;
        const QByteArrayView name = header.first(colon);
        for (char c : name) {
            const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
            if (!token)
                return std::nullopt;
        }
        if (name.isEmpty())
            return std::nullopt;
        header = header.sliced(colon + 1);
        QByteArray value;
        qsizetype space = 8 * 1024 - name.size() - 1;
        do {
            const qsizetype end = header.indexOf('\n');
            if (end < 0)
                return std::nullopt;
            QByteArrayView line = header.first(end);
            space -= line.size() - (line.endsWith('\r') ? 1 : 0);
            if (space < 0)
                return std::nullopt;
            line = line.trimmed();
            if (!line.isEmpty())
                value += value.isEmpty() ? line.toByteArray() : ' ' + line.toByteArray();
            header = header.sliced(end + 1);
        } while (spaceStart(header));
        if (!first && name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = qint64(value.toULongLong(&ok));
            first = ok ? length : -1;
        }
    }
    return first;
}

std::optional<QtRead> qtRead(QByteArrayView stream)
{
    qsizetype at = 0;
    while (at < stream.size() && QByteArrayView("\v\n\r \t").contains(stream[at]))
        ++at;
    const qsizetype lineEnd = stream.indexOf('\n', at);
    if (lineEnd < 0)
        return std::nullopt;
    QByteArrayView line = stream.sliced(at, lineEnd - at);
    if (line.endsWith('\r'))
        line.chop(1);
    // parseRequestLine: method SP+ url SP+ protocol (8 bytes, "HTTP...")
    qsizetype i = line.indexOf(' ');
    if (i < 0)
        return std::nullopt;
    while (++i < line.size() && line[i] == ' ') { }
    qsizetype j = line.indexOf(' ', i);
    if (j < 0)
        return std::nullopt;
    i = j;
    while (++i < line.size() && line[i] == ' ') { }
    if (i >= line.size())
        return std::nullopt;
    j = line.indexOf(' ', i);
    const QByteArrayView protocol = j < 0 ? line.sliced(i) : line.sliced(i, j - i);
    if (protocol.size() != 8 || !protocol.startsWith("HTTP"))
        return std::nullopt;
    const qsizetype headerStart = lineEnd + 1;
    for (qsizetype k = headerStart; k < stream.size(); ++k) {
        if (stream[k] != '\n')
            continue;
        const QByteArrayView fragment = stream.sliced(headerStart, k + 1 - headerStart);
        if (fragment.endsWith("\n\r\n") || fragment.endsWith("\n\n") || fragment == "\r\n"
            || fragment == "\n") {
            const std::optional<qint64> length = qtContentLength(fragment);
            return QtRead {k + 1, length && *length > 0 ? *length : 0};
        }
    }
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = data[0] % 32 + 1;
    const QByteArray stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    FramingLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeaderBytes = 4096;
    limits.maxHeaderFields = 20;
    limits.maxFieldBytes = 1024;

    const QList<Step> whole = frame(stream, qMax<qsizetype>(1, stream.size()), limits);
    FUZZ_CHECK(frame(stream, piece, limits) == whole);

    qint64 requestStart = 0;
    for (const Step &step : whole) {
        FUZZ_CHECK(step.offset <= stream.size());
        FUZZ_CHECK(step.offset >= requestStart);
        if (step.kind == HttpFramer::Step::Refused) {
            FUZZ_CHECK(step.status >= 400 && step.status <= 505);
            break;
        }
        if (step.kind == HttpFramer::Step::RequestDone) {
            requestStart = step.offset;
            continue;
        }
        FUZZ_CHECK(step.contentLength >= 0 && step.contentLength <= limits.maxBodyBytes);
        const std::optional<QtRead> qt = qtRead(QByteArrayView(stream).sliced(requestStart));
        FUZZ_CHECK(qt.has_value());
        FUZZ_CHECK(requestStart + qt->headEnd == step.offset);
        FUZZ_CHECK(qt->bodyLength == step.contentLength);
        if (step.contentLength == 0)
            requestStart = step.offset;
    }
    return 0;
}
