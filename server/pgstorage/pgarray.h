// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Eventdesk::PgStorage {

// A PostgreSQL array literal ("{1,2}", "{\"a\",NULL}") built value by value, bound as one text
// parameter and cast in the SQL (":ids::bigint[]"). With unnest() it turns a batch into one
// multi-row statement whose text and plan do not depend on the number of rows.
class PgArray
{
public:
    explicit PgArray(qsizetype reserve = 0) { m_text.reserve(reserve + 2); }

    void append(qint64 value)
    {
        separate();
        m_text += QByteArray::number(value);
    }
    // Text as UTF-8, always quoted (so that an empty string or "NULL" stays text).
    void append(const QByteArray &utf8)
    {
        separate();
        m_text += '"';
        for (const char c : utf8) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void appendNull()
    {
        separate();
        m_text += "NULL";
    }
    QByteArray literal() const { return m_text + '}'; }
    // The literal of a list of integers (a bigint[] of ids).
    template<typename Ids> static QByteArray of(const Ids &ids)
    {
        PgArray array(ids.size() * 8);
        for (const qint64 id : ids)
            array.append(id);
        return array.literal();
    }

private:
    void separate()
    {
        if (m_text.size() > 1)
            m_text += ',';
    }
    QByteArray m_text = "{";
};

} // namespace Eventdesk::PgStorage
