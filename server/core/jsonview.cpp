// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <limits>

namespace Eventdesk::Core {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool JsonView::parse(QByteArrayView text)
{
    m_text = text.data();
    m_size = text.size();
    m_at = 0;
    m_nodes.clear();
    if (m_size >= qsizetype(std::numeric_limits<qint32>::max()))
        return false;
    m_nodes.reserve(m_size / 12 + 4);
    skipSpace();
    if (m_at >= m_size || (m_text[m_at] != '{' && m_text[m_at] != '['))
        return false; // like QJsonDocument: an object or an array at the top
    if (!value(0))
        return false;
    skipSpace();
    return m_at == m_size;
}

void JsonView::skipSpace()
{
    while (m_at < m_size && isSpace(m_text[m_at]))
        ++m_at;
}

int JsonView::add(Type type, qsizetype start)
{
    m_nodes.append(Node {quint32(start), quint32(start), -1, 0, type, 0});
    return int(m_nodes.size() - 1);
}

bool JsonView::value(int depth)
{
    if (m_at >= m_size || depth > MaxDepth)
        return false;
    const char c = m_text[m_at];
    if (c == '"')
        return string();
    if (c == '-' || isDigit(c))
        return number();
    if (c == 't')
        return literal("true", Type::Bool);
    if (c == 'f')
        return literal("false", Type::Bool);
    if (c == 'n')
        return literal("null", Type::Null);
    if (c != '{' && c != '[')
        return false;

    const bool object = c == '{';
    const char close = object ? '}' : ']';
    const int self = add(object ? Type::Object : Type::Array, m_at);
    ++m_at;
    skipSpace();
    int previous = -1;
    quint32 count = 0;
    const auto link = [&](int child) {
        if (previous >= 0)
            m_nodes[previous].next = child;
        previous = child;
    };
    if (m_at < m_size && m_text[m_at] == close) {
        ++m_at;
    } else {
        for (;;) {
            if (object) {
                if (m_at >= m_size || m_text[m_at] != '"')
                    return false;
                link(int(m_nodes.size()));
                if (!string())
                    return false;
                skipSpace();
                if (m_at >= m_size || m_text[m_at] != ':')
                    return false;
                ++m_at;
                skipSpace();
            }
            link(int(m_nodes.size()));
            if (!value(depth + 1))
                return false;
            ++count;
            skipSpace();
            if (m_at >= m_size)
                return false;
            if (m_text[m_at] == ',') {
                ++m_at;
                skipSpace(); // a trailing comma fails on the next pass: a value must follow
                continue;
            }
            if (m_text[m_at] != close)
                return false;
            ++m_at;
            break;
        }
    }
    m_nodes[self].count = count;
    m_nodes[self].end = quint32(m_at);
    return true;
}

bool JsonView::string()
{
    const int self = add(Type::String, m_at);
    quint8 flags = 0;
    const auto *text = reinterpret_cast<const unsigned char *>(m_text);
    qsizetype at = m_at + 1;
    const auto continuation
        = [&](qsizetype i, unsigned char low = 0x80, unsigned char high = 0xbf) {
              return i < m_size && text[i] >= low && text[i] <= high;
          };
    for (;;) {
        while (at < m_size && text[at] >= 0x20 && text[at] < 0x80 && text[at] != '"'
            && text[at] != '\\')
            ++at;
        if (at >= m_size)
            return false;
        const unsigned char c = text[at];
        if (c == '"') {
            ++at;
            break;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            flags |= Escaped;
            if (at + 1 >= m_size)
                return false;
            const char e = m_text[at + 1];
            if (e == 'u') {
                if (at + 5 >= m_size)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(m_text[at + i]) < 0)
                        return false;
                }
                at += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                || e == 'r' || e == 't') {
                at += 2;
            } else {
                return false;
            }
            continue;
        }
        // UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
        flags |= NonAscii;
        if (c >= 0xc2 && c <= 0xdf && continuation(at + 1)) {
            at += 2;
        } else if (c >= 0xe0 && c <= 0xef
            && continuation(at + 1, c == 0xe0 ? 0xa0 : 0x80, c == 0xed ? 0x9f : 0xbf)
            && continuation(at + 2)) {
            at += 3;
        } else if (c >= 0xf0 && c <= 0xf4
            && continuation(at + 1, c == 0xf0 ? 0x90 : 0x80, c == 0xf4 ? 0x8f : 0xbf)
            && continuation(at + 2) && continuation(at + 3)) {
            at += 4;
        } else {
            return false;
        }
    }
    m_at = at;
    m_nodes[self].end = quint32(at);
    m_nodes[self].flags = flags;
    return true;
}

bool JsonView::number()
{
    const qsizetype start = m_at;
    qsizetype at = m_at;
    if (m_text[at] == '-')
        ++at;
    if (at >= m_size || !isDigit(m_text[at]))
        return false;
    if (m_text[at] == '0')
        ++at;
    else
        while (at < m_size && isDigit(m_text[at]))
            ++at;
    bool plain = at - start < 16;
    if (at < m_size && m_text[at] == '.') {
        ++at;
        if (at >= m_size || !isDigit(m_text[at]))
            return false;
        while (at < m_size && isDigit(m_text[at]))
            ++at;
    }
    if (at < m_size && (m_text[at] == 'e' || m_text[at] == 'E')) {
        plain = false;
        ++at;
        if (at < m_size && (m_text[at] == '+' || m_text[at] == '-'))
            ++at;
        if (at >= m_size || !isDigit(m_text[at]))
            return false;
        while (at < m_size && isDigit(m_text[at]))
            ++at;
    }
    if (!plain) {
        // Refuse what does not fit a double (QJsonDocument says "illegal number").
        double parsed = 0;
        if (std::from_chars(m_text + start, m_text + at, parsed).ec != std::errc())
            return false;
    }
    const int self = add(Type::Number, start);
    m_nodes[self].end = quint32(at);
    m_at = at;
    return true;
}

bool JsonView::literal(const char *word, Type type)
{
    const qsizetype length = qsizetype(qstrlen(word));
    if (m_size - m_at < length || QByteArrayView(m_text + m_at, length) != QByteArrayView(word))
        return false;
    const int self = add(type, m_at);
    m_at += length;
    m_nodes[self].end = quint32(m_at);
    return true;
}

int JsonView::member(int object, QByteArrayView key) const
{
    int found = -1;
    for (int name = first(object); name >= 0; name = next(next(name))) {
        const Node &node = m_nodes.at(name);
        const bool same = node.flags & Escaped
            ? utf8(name) == key
            : QByteArrayView(m_text + node.start + 1, node.end - node.start - 2) == key;
        if (same)
            found = next(name);
    }
    return found;
}

QByteArrayView JsonView::raw(int node) const
{
    const Node &n = m_nodes.at(node);
    return QByteArrayView(m_text + n.start, n.end - n.start);
}

QByteArray JsonView::compact(int node) const
{
    const QByteArrayView text = raw(node);
    const Type kind = type(node);
    if (kind != Type::Object && kind != Type::Array)
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            qsizetype end = i + 1;
            while (text[end] != '"')
                end += text[end] == '\\' ? 2 : 1;
            out.append(text.sliced(i, end + 1 - i));
            i = end + 1;
            continue;
        }
        if (!isSpace(c))
            out.append(c);
        ++i;
    }
    return out;
}

double JsonView::number(int node) const
{
    const QByteArrayView text = raw(node);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

QString JsonView::string(int node) const
{
    const QByteArrayView text = raw(node).sliced(1).chopped(1);
    if (!(m_nodes.at(node).flags & Escaped))
        return QString::fromUtf8(text);
    QString out;
    out.reserve(text.size());
    qsizetype plainFrom = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(text.sliced(plainFrom, i - plainFrom));
        const char e = text[i + 1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            char16_t code = 0;
            for (int k = 2; k < 6; ++k)
                code = char16_t(code * 16 + hexValue(text[i + k]));
            out += QChar(code);
            i += 4;
            break;
        }
        default: // " \ /
            out += QLatin1Char(e);
        }
        i += 2;
        plainFrom = i;
    }
    out += QString::fromUtf8(text.sliced(plainFrom));
    return out;
}

QByteArray JsonView::utf8(int node) const
{
    if (!(m_nodes.at(node).flags & Escaped))
        return raw(node).sliced(1).chopped(1).toByteArray();
    return string(node).toUtf8();
}

qsizetype JsonView::utf16Length(int node) const
{
    const Node &n = m_nodes.at(node);
    if (n.flags & Escaped)
        return string(node).size();
    if (!(n.flags & NonAscii))
        return n.end - n.start - 2;
    qsizetype length = 0;
    for (quint32 i = n.start + 1; i + 1 < n.end; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if ((c & 0xc0) != 0x80)
            length += c >= 0xf0 ? 2 : 1; // four bytes: a surrogate pair
    }
    return length;
}

qsizetype findRawControlCharacter(QByteArrayView json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = static_cast<unsigned char>(json[i]);
        if (!inString) {
            inString = c == '"';
        } else if (c == '\\') {
            ++i; // an escape: the next byte is its letter (and must not be a control either)
            if (i < json.size() && static_cast<unsigned char>(json[i]) < 0x20)
                return i;
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return i;
        }
    }
    return -1;
}

QJsonDocument readJson(const QByteArray &json, JsonError *error)
{
    if (const qsizetype control = findRawControlCharacter(json); control >= 0) {
        const QString code
            = QStringLiteral("%1").arg(int(json[control]), 4, 16, QLatin1Char('0')).toUpper();
        *error = {control,
            QStringLiteral("a string holds the raw control character U+%1 (escape it)").arg(code)};
        return {};
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = {parseError.offset, parseError.errorString()};
        return {};
    }
    *error = {};
    return document;
}

QJsonValue JsonView::toJsonValue(int node) const
{
    switch (type(node)) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return boolean(node);
    case Type::Number:
        return number(node);
    case Type::String:
        return string(node);
    case Type::Array: {
        QJsonArray array;
        for (int item = first(node); item >= 0; item = next(item))
            array.append(toJsonValue(item));
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (int name = first(node); name >= 0; name = next(next(name)))
            object.insert(string(name), toJsonValue(next(name)));
        return object;
    }
    }
    return {};
}

} // namespace Eventdesk::Core
