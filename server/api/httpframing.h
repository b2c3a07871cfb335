// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Eventdesk::Api {

// Where one request ends and whether it may be read at all, decided from bytes alone (no
// sockets), so the connection guard and the fuzzer run the same code.
//
// Qt HttpServer 6.4 reads leniently: bare LF line endings, folded lines, the first of several
// Content-Length headers, and a header block its own header parser gives up on is read as one
// with no headers (so a body becomes a new request). The framer accepts only the strict subset
// that Qt reads the same way, and refuses the rest before a single body byte is buffered:
// every line ends in CRLF, no folded lines, token field names followed directly by ':', no
// control characters, at most one Content-Length (digits only) and one Host, no
// Transfer-Encoding, and an absolute-form target only when its authority is the Host.
struct FramingLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    int maxHeaderFields = 100;    // Qt's header parser gives up beyond 100 fields
    int maxFieldBytes = 8 * 1024; // or on one field over 8 KiB
};

// The verdict on one request head (request line and header fields).
struct RequestHead
{
    int status = 0; // 0: acceptable; otherwise the status of the refusal
    QByteArray code;
    QString detail;
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool keepAlive = true; // HTTP/1.1 unless Connection: close; HTTP/1.0 only with keep-alive

    bool refused() const { return status != 0; }
};

// One complete head, from the request line up to and including the blank line; every line
// ends in CRLF (the framer refuses other line endings before it calls this).
RequestHead inspectHead(QByteArrayView head, const FramingLimits &limits);

// Follows one connection's byte stream: [whitespace] head, Content-Length body bytes, repeat.
class HttpFramer
{
public:
    enum class Step {
        NeedMore,    // every byte given was consumed
        Head,        // a request head was accepted: head() (its body follows)
        RequestDone, // the last byte of a request (head and body) was consumed
        Refused,     // head() says why; nothing further is read
    };

    explicit HttpFramer(FramingLimits limits = {})
        : m_limits(limits)
    { }

    // Consumes bytes from the front of data until something happens.
    Step next(QByteArrayView &data);

    const RequestHead &head() const { return m_head; }
    // Bytes of the stream consumed so far.
    qint64 offset() const { return m_offset; }
    // True between requests (nothing of the next one seen yet).
    bool idle() const { return m_phase == Phase::Start; }
    bool inHeaders() const { return m_phase == Phase::Start || m_phase == Phase::Head; }
    bool refused() const { return m_phase == Phase::Refused; }

private:
    enum class Phase { Start, Head, Body, Refused };
    Step refuse(int status, const char *code, const QString &detail);

    FramingLimits m_limits;
    Phase m_phase = Phase::Start;
    QByteArray m_buffer; // the head so far
    bool m_lastWasCr = false;
    qint64 m_lineLength = 0;
    qint64 m_bodyLeft = 0;
    qint64 m_offset = 0;
    RequestHead m_head;
};

} // namespace Eventdesk::Api
