// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Eventdesk::Core {

// A read-only view of one JSON text: a flat list of nodes that point into the text, built in one
// pass without a heap allocation per value. The collector reads every ingested event through it
// (QJsonDocument cost ~3 us per event in mallocs and QCborValue bookkeeping; this is ~10x less).
//
// parse() is strict and cautious: it accepts RFC 8259 JSON with an object or array at the top,
// valid UTF-8, at most MaxDepth levels and finite numbers, and refuses anything else; a caller
// that needs Qt's verdict and error message on refused text asks QJsonDocument (see
// Api::TrackController). The text must outlive the view and stay unchanged.
//
// Nodes are in document order; a container's children follow it. An object's children come in
// pairs (key, value). Walk them with first() and next():
//     for (int key = view.first(object); key >= 0; key = view.next(view.next(key))) ...
class JsonView
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };
    static constexpr int MaxDepth = 256;

    [[nodiscard]] bool parse(QByteArrayView text);

    int root() const { return m_nodes.isEmpty() ? -1 : 0; }
    Type type(int node) const { return m_nodes.at(node).type; }
    bool isNull(int node) const { return type(node) == Type::Null; }
    int count(int node) const { return int(m_nodes.at(node).count); } // items, or members
    // The first child of a container (-1 when empty) and the node after this one's subtree at
    // the same level (-1 after the last child).
    int first(int node) const { return m_nodes.at(node).count ? node + 1 : -1; }
    int next(int node) const { return m_nodes.at(node).next; }
    // The value of an object's member, or -1. Like QJsonObject, the last of repeated keys wins.
    int member(int object, QByteArrayView key) const;

    // The node's text as sent (with quotes for strings), and the same without insignificant
    // white space.
    QByteArrayView raw(int node) const;
    QByteArray compact(int node) const;

    bool boolean(int node) const { return m_text[m_nodes.at(node).start] == 't'; }
    double number(int node) const;
    // A string's decoded text, as UTF-8 or QString; its length in UTF-16 code units (what
    // QString::size() gives); and whether it is plain ASCII without escapes.
    QByteArray utf8(int node) const;
    QString string(int node) const;
    qsizetype utf16Length(int node) const;
    bool isPlainAscii(int node) const { return m_nodes.at(node).flags == 0; }
    // The node as a QJsonValue (a copy, for the rare callers that need one).
    QJsonValue toJsonValue(int node) const;

private:
    struct Node
    {
        quint32 start; // first byte (the quote of a string)
        quint32 end;   // past the last byte
        qint32 next;
        quint32 count;
        Type type;
        quint8 flags; // strings: Escaped | NonAscii
    };
    enum Flag : quint8 { Escaped = 1, NonAscii = 2 };

    bool value(int depth);
    bool string();
    bool number();
    bool literal(const char *word, Type type);
    void skipSpace();
    int add(Type type, qsizetype start);

    const char *m_text = nullptr;
    qsizetype m_size = 0;
    qsizetype m_at = 0;
    QList<Node> m_nodes;
};

// RFC 8259 section 7: a string holds no unescaped U+0000 to U+001F. QJsonDocument accepts some
// of them raw, JsonView refuses them all. Returns the offset of the first raw control character
// inside a string of this JSON text, or -1.
qsizetype findRawControlCharacter(QByteArrayView json);

struct JsonError
{
    qsizetype offset = -1;
    QString message;
    bool ok() const { return offset < 0; }
};

// The one way text is read into a QJsonDocument (request bodies, the fallback of JsonView
// readers, JSON feeds): QJsonDocument::fromJson after findRawControlCharacter(), so every path
// that reads JSON refuses what RFC 8259 refuses. A null document and the error on failure.
QJsonDocument readJson(const QByteArray &json, JsonError *error);

} // namespace Eventdesk::Core
