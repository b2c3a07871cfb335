// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Eventdesk::Core::JsonView;

// The collector's JSON reader against QJsonDocument: whatever the view accepts, Qt accepts and
// reads the same; what it refuses is either invalid or handed to Qt by the caller.
class TstJsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("event") << QByteArray(
            R"({"session_id":"s","data":{"host":"h","n":[1,-2.5e3,true,false,null]}})")
                               << true;
        QTest::newRow("spaces") << QByteArray(" \n\t{ \"a\" : [ ] , \"b\" : { } }\r\n") << true;
        QTest::newRow("escapes") << QByteArray(
            "{\"a\\\"b\":\"x\\\\y\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\"}")
                                 << true;
        QTest::newRow("utf-8") << QByteArray("{\"caf\xc3\xa9\":\"\xf0\x9f\x98\x80 \xe2\x82\xac\"}")
                               << true;
        QTest::newRow("array root") << QByteArray("[1,2,3]") << true;
        QTest::newRow("repeated key") << QByteArray(R"({"a":1,"b":2,"a":3})") << true;
        QTest::newRow("trailing comma") << QByteArray(R"({"batch":[{"a":1},]})") << false;
        QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << false;
        QTest::newRow("scalar root") << QByteArray("42") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("two roots") << QByteArray("{}{}") << false;
        QTest::newRow("unclosed") << QByteArray(R"({"a":[1,2})") << false;
        QTest::newRow("bare word") << QByteArray(R"({"a":nope})") << false;
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x"})") << false;
        QTest::newRow("control character") << QByteArray("{\"a\":\"\x01\"}") << false;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xc3\x28\"}") << false;
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
        QTest::newRow("huge number") << QByteArray(R"({"a":1e400})") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
    }

    void agreesWithQt()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, accepted);
        JsonView view;
        QCOMPARE(view.parse(text), accepted);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text, &error);
        if (!accepted)
            return; // Qt may accept a few of these (the caller asks it); the view must not
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue expected
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        QCOMPARE(view.toJsonValue(view.root()), expected);
        // The compact text is JSON that reads back the same.
        const QByteArray compact = view.compact(view.root());
        QVERIFY(!compact.contains('\n'));
        const QJsonDocument again = QJsonDocument::fromJson(compact);
        QCOMPARE(
            again.isArray() ? QJsonValue(again.array()) : QJsonValue(again.object()), expected);
    }

    void refusesWhatQtRefuses()
    {
        // Everything QJsonDocument calls malformed, the view refuses too.
        for (const QByteArray &text :
            {QByteArray(R"({"a":1,})"), QByteArray(R"([1,2,])"), QByteArray(R"({"a" 1})"),
                QByteArray(R"({"a":tru})"), QByteArray("{\"a\":\"b"), QByteArray("{\"a\":-}")}) {
            QJsonParseError error;
            QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error != QJsonParseError::NoError, text.constData());
            JsonView view;
            QVERIFY2(!view.parse(text), text.constData());
        }
    }

    // RFC 8259: no raw U+0000-U+001F in strings. Qt accepts some; readJson (the one way text is
    // read into a QJsonDocument) refuses them all, like the view.
    void rawControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("U+0001") << QByteArray("{\"a\":\"x\x01\"}") << qsizetype(7);
        QTest::newRow("tab") << QByteArray("{\"a\":\"\t\"}") << qsizetype(6);
        QTest::newRow("NUL in a key") << QByteArray("{\"\0\":1}", 7) << qsizetype(2);
        QTest::newRow("U+001F after an escape") << QByteArray("[\"\\\"\x1f\"]") << qsizetype(4);
        QTest::newRow("escaped letter is a control") << QByteArray("[\"\\\x01\"]") << qsizetype(3);
        QTest::newRow("white space between values")
            << QByteArray("{\t\"a\"\r\n:\n1}") << qsizetype(-1);
        QTest::newRow("escaped controls")
            << QByteArray("[\"\\u0000\\t\\n\\u001f\"]") << qsizetype(-1);
        QTest::newRow("quote escaped") << QByteArray("[\"\\\"\", \"\\\\\"]") << qsizetype(-1);
    }
    void rawControlCharacters()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, offset);
        QCOMPARE(Eventdesk::Core::findRawControlCharacter(text), offset);
        Eventdesk::Core::JsonError error;
        const QJsonDocument document = Eventdesk::Core::readJson(text, &error);
        QCOMPARE(error.ok(), offset < 0);
        QCOMPARE(document.isNull(), offset >= 0);
        JsonView view;
        if (offset >= 0) {
            QCOMPARE(error.offset, offset);
            QVERIFY(error.message.contains(u"control character"));
            QVERIFY(!view.parse(text));
        } else {
            QVERIFY(view.parse(text));
        }
    }

    void members()
    {
        const QByteArray text = R"({"a":1,"b\u0020c":"x","a":[true,2],"d":null})";
        JsonView view;
        QVERIFY(view.parse(text));
        const int root = view.root();
        QCOMPARE(view.count(root), 4);
        const int a = view.member(root, "a");
        QVERIFY(a >= 0);
        QCOMPARE(view.type(a), JsonView::Type::Array); // the last of repeated keys
        QCOMPARE(view.count(a), 2);
        QVERIFY(view.boolean(view.first(a)));
        QCOMPARE(view.number(view.next(view.first(a))), 2.0);
        QCOMPARE(view.next(view.next(view.first(a))), -1);
        QCOMPARE(view.utf8(view.member(root, "b c")), QByteArray("x")); // an escaped key
        QVERIFY(view.isNull(view.member(root, "d")));
        QCOMPARE(view.member(root, "missing"), -1);
        QCOMPARE(view.raw(a), QByteArrayView("[true,2]"));
    }

    void strings()
    {
        const QByteArray text
            = "[\"plain\",\"caf\xc3\xa9 \xf0\x9f\x98\x80\",\"a\\nb\\u00e9\",\"\"]";
        JsonView view;
        QVERIFY(view.parse(text));
        const int plain = view.first(view.root());
        const int unicode = view.next(plain);
        const int escaped = view.next(unicode);
        const int empty = view.next(escaped);
        QVERIFY(view.isPlainAscii(plain));
        QVERIFY(!view.isPlainAscii(unicode));
        QVERIFY(!view.isPlainAscii(escaped));
        const QString expectedUnicode = QStringLiteral("caf\u00e9 \U0001F600");
        QCOMPARE(view.string(unicode), expectedUnicode);
        QCOMPARE(view.utf16Length(unicode), expectedUnicode.size()); // the emoji counts 2
        QCOMPARE(view.string(escaped), QStringLiteral("a\nb\u00e9"));
        QCOMPARE(view.utf16Length(escaped), 4);
        QCOMPARE(view.utf8(escaped), QStringLiteral("a\nb\u00e9").toUtf8());
        QCOMPARE(view.utf16Length(empty), 0);
        QCOMPARE(view.string(plain), QStringLiteral("plain"));
    }

    void depthIsBounded()
    {
        const auto nested = [](int levels) {
            return QByteArray(QByteArray(levels, '[') + QByteArray(levels, ']'));
        };
        JsonView view;
        QVERIFY(view.parse(nested(JsonView::MaxDepth)));
        QVERIFY(!view.parse(nested(JsonView::MaxDepth + 2)));
        QVERIFY(!view.parse(nested(100000))); // no stack overflow
    }
};

QTEST_GUILESS_MAIN(TstJsonView)
#include "tst_jsonview.moc"
