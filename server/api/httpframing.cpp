// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpframing.h"

#include <array>
#include <cstring>
#include <string_view>

namespace Eventdesk::Api {

namespace {

// RFC 9110 tchar, as a table: every byte of every field name is looked up.
constexpr std::array<bool, 256> tokenChars = [] {
    std::array<bool, 256> table {};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isTokenChar(char c)
{
    return tokenChars[static_cast<unsigned char>(c)];
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isVisible(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

// RFC 9110 field-value: visible characters, obs-text, spaces and tabs; no other control.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool equalsNoCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// A comma-separated list (Connection) holds this token.
bool hasToken(QByteArrayView list, QByteArrayView token)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmedOws(comma < 0 ? list : list.first(comma));
        if (equalsNoCase(item, token))
            return true;
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
    return false;
}

RequestHead refusal(int status, const char *code, const QString &detail)
{
    RequestHead head;
    head.status = status;
    head.code = code;
    head.detail = detail;
    return head;
}

} // namespace

RequestHead inspectHead(QByteArrayView head, const FramingLimits &limits)
{
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        return refusal(400, "bad_request_line", QStringLiteral("The request line is incomplete."));
    // request-line = method SP request-target SP HTTP-version, single spaces (RFC 9112 3)
    const QByteArrayView line = head.first(lineEnd);
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace < 0)
        return refusal(400, "bad_request_line",
            QStringLiteral("The request line must be: method, target and version, "
                           "separated by single spaces."));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (!isToken(method) || target.isEmpty() || !isVisible(target))
        return refusal(400, "bad_request_line",
            QStringLiteral("The request line has a malformed method or target."));
    bool http11 = true;
    if (version == "HTTP/1.0") {
        http11 = false;
    } else if (version != "HTTP/1.1") {
        const bool wellFormed = version.size() == 8 && version.startsWith("HTTP/")
            && version[5] >= '0' && version[5] <= '9' && version[6] == '.' && version[7] >= '0'
            && version[7] <= '9';
        if (wellFormed)
            return refusal(505, "http_version_not_supported",
                QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
        return refusal(400, "bad_request_line", QStringLiteral("The HTTP version is malformed."));
    }
    // origin-form ("/path?query") or absolute-form ("http://authority/path?query")
    QByteArrayView authority;
    const bool absolute = !target.startsWith('/');
    if (absolute) {
        constexpr QByteArrayView scheme("http://");
        if (target.size() <= scheme.size() || !equalsNoCase(target.first(scheme.size()), scheme))
            return refusal(400, "bad_request_target",
                QStringLiteral("The request target must be a path or an http:// URL."));
        authority = target.sliced(scheme.size());
        for (qsizetype i = 0; i < authority.size(); ++i) {
            if (authority[i] == '/' || authority[i] == '?' || authority[i] == '#') {
                authority = authority.first(i);
                break;
            }
        }
        if (authority.isEmpty())
            return refusal(
                400, "bad_request_target", QStringLiteral("The request target's URL has no host."));
    }

    RequestHead result;
    QByteArrayView host;
    int hosts = 0;
    int contentLengths = 0;
    bool closeToken = false;
    bool keepAliveToken = false;
    bool connectionUpgrade = false;
    QList<QByteArrayView> upgrades;
    int fields = 0;
    QByteArrayView rest = head.sliced(lineEnd + 2);
    for (;;) {
        lineEnd = rest.indexOf("\r\n");
        if (lineEnd < 0)
            return refusal(400, "bad_header", QStringLiteral("The header block is incomplete."));
        if (lineEnd == 0)
            break;
        const QByteArrayView field = rest.first(lineEnd);
        rest = rest.sliced(lineEnd + 2);
        if (++fields > limits.maxHeaderFields)
            return refusal(431, "headers_too_large",
                QStringLiteral("The request has more than %1 header fields.")
                    .arg(limits.maxHeaderFields));
        if (field.size() > limits.maxFieldBytes)
            return refusal(431, "headers_too_large",
                QStringLiteral("A header field is longer than %1 bytes.")
                    .arg(limits.maxFieldBytes));
        if (field.front() == ' ' || field.front() == '\t')
            return refusal(400, "bad_header",
                QStringLiteral("Folded header lines (starting with white space) are not "
                               "accepted."));
        const qsizetype colon = field.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : field.first(colon);
        if (!isToken(name))
            return refusal(400, "bad_header",
                QStringLiteral("A header field name is malformed (a token, then ':')."));
        const QByteArrayView value = trimmedOws(field.sliced(colon + 1));
        if (!isFieldValue(value))
            return refusal(400, "bad_header",
                QStringLiteral("The header '%1' holds a control character.")
                    .arg(QString::fromLatin1(name)));
        if (equalsNoCase(name, "content-length")) {
            if (++contentLengths > 1)
                return refusal(400, "duplicate_content_length",
                    QStringLiteral("The request has more than one Content-Length header."));
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            if (!digits)
                return refusal(400, "bad_content_length",
                    QStringLiteral("The Content-Length header is not a number."));
            result.contentLength = value.toLongLong();
        } else if (equalsNoCase(name, "transfer-encoding")) {
            return refusal(411, "length_required",
                QStringLiteral("Send the body with a Content-Length; chunked "
                               "transfer encoding is not accepted."));
        } else if (equalsNoCase(name, "host")) {
            if (++hosts > 1)
                return refusal(400, "duplicate_host",
                    QStringLiteral("The request has more than one Host header."));
            host = value;
        } else if (equalsNoCase(name, "connection")) {
            closeToken = closeToken || hasToken(value, "close");
            keepAliveToken = keepAliveToken || hasToken(value, "keep-alive");
            // What Qt HttpServer checks before it treats a request as a WebSocket upgrade.
            connectionUpgrade
                = connectionUpgrade || value.toByteArray().toLower().contains("upgrade");
        } else if (equalsNoCase(name, "expect")) {
            result.expectContinue = result.expectContinue || equalsNoCase(value, "100-continue");
        } else if (equalsNoCase(name, "upgrade")) {
            upgrades.append(value);
        }
    }
    if (absolute && (hosts == 0 || !equalsNoCase(authority, host)))
        return refusal(421, "misdirected_request",
            QStringLiteral("The request target names another server than the Host header."));
    if (connectionUpgrade && !upgrades.isEmpty()) {
        QByteArray joined;
        for (QByteArrayView upgrade : std::as_const(upgrades))
            joined += (joined.isEmpty() ? "" : ", ") + upgrade.toByteArray();
        if (equalsNoCase(joined, "websocket"))
            return refusal(400, "upgrade_not_supported",
                QStringLiteral("This server does not speak WebSocket."));
    }
    if (result.contentLength > limits.maxBodyBytes)
        return refusal(413, "payload_too_large",
            QStringLiteral("The body is %1 bytes; the limit is %2 bytes.")
                .arg(result.contentLength)
                .arg(limits.maxBodyBytes));
    result.keepAlive = !closeToken && (http11 || keepAliveToken);
    return result;
}

HttpFramer::Step HttpFramer::refuse(int status, const char *code, const QString &detail)
{
    m_phase = Phase::Refused;
    m_head = refusal(status, code, detail);
    m_buffer.clear();
    return Step::Refused;
}

HttpFramer::Step HttpFramer::next(QByteArrayView &data)
{
    const auto consume = [&](qsizetype bytes) {
        m_offset += bytes;
        data = data.sliced(bytes);
    };
    while (!data.isEmpty()) {
        switch (m_phase) {
        case Phase::Refused:
            return Step::Refused;
        case Phase::Start: {
            // Qt skips these before a request line (e.g. a CRLF after a body); so do we.
            qsizetype skip = 0;
            while (skip < data.size() && QByteArrayView(" \t\r\n\v").contains(data[skip]))
                ++skip;
            consume(skip);
            if (data.isEmpty())
                return Step::NeedMore;
            m_phase = Phase::Head;
            m_buffer.clear();
            m_lastWasCr = false;
            m_lineLength = 0;
            break;
        }
        case Phase::Head: {
            // Byte by byte in effect, but the bytes between line ends are skipped with memchr:
            // only CR and LF change the state. The limit applies before a byte is looked at.
            const qsizetype allowed = qMax<qsizetype>(0, m_limits.maxHeaderBytes - m_buffer.size());
            const qsizetype end = qMin(data.size(), allowed);
            const char *bytes = data.data();
            const auto find = [&](char wanted, qsizetype from) {
                const void *found = std::memchr(bytes + from, wanted, size_t(end - from));
                return found ? static_cast<const char *>(found) - bytes : end;
            };
            qsizetype nextCr = -1; // positions of the next CR and LF at or after i, once known
            qsizetype nextLf = -1;
            for (qsizetype i = 0; i < end; ++i) {
                if (!m_lastWasCr) {
                    if (nextCr < i)
                        nextCr = find('\r', i);
                    if (nextLf < i)
                        nextLf = find('\n', i);
                    const qsizetype special = qMin(nextCr, nextLf);
                    m_lineLength += special - i;
                    i = special;
                    if (i == end)
                        break;
                }
                const char c = bytes[i];
                if (m_lastWasCr) {
                    m_lastWasCr = false;
                    if (c != '\n') {
                        consume(i);
                        return refuse(400, "bad_line_ending",
                            QStringLiteral("A CR in the header block must be followed by LF."));
                    }
                    if (m_lineLength == 0) { // the blank line: the head is complete
                        // Usually the whole head came in one piece: inspect it where it is.
                        QByteArrayView head = data.first(i + 1);
                        if (!m_buffer.isEmpty()) {
                            m_buffer.append(head);
                            head = m_buffer;
                        }
                        m_head = inspectHead(head, m_limits);
                        m_buffer.clear();
                        consume(i + 1);
                        if (m_head.refused()) {
                            m_phase = Phase::Refused;
                            return Step::Refused;
                        }
                        m_bodyLeft = m_head.contentLength;
                        m_phase = m_bodyLeft > 0 ? Phase::Body : Phase::Start;
                        return Step::Head;
                    }
                    m_lineLength = 0;
                } else if (c == '\r') {
                    m_lastWasCr = true;
                } else { // LF
                    consume(i);
                    return refuse(400, "bad_line_ending",
                        QStringLiteral("Header lines must end in CRLF; a bare LF was sent."));
                }
            }
            if (end < data.size()) {
                consume(end);
                return refuse(431, "headers_too_large",
                    QStringLiteral("The request headers exceed %1 bytes.")
                        .arg(m_limits.maxHeaderBytes));
            }
            m_buffer.append(data);
            consume(data.size());
            return Step::NeedMore;
        }
        case Phase::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_bodyLeft, data.size()));
            m_bodyLeft -= take;
            consume(take);
            if (m_bodyLeft == 0) {
                m_phase = Phase::Start;
                return Step::RequestDone;
            }
            return Step::NeedMore;
        }
        }
    }
    return m_phase == Phase::Refused ? Step::Refused : Step::NeedMore;
}

} // namespace Eventdesk::Api
