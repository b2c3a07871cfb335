// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translations embedded under :/i18n load and reach the dialogs (including the account
// rules' messages from core), and the .ts files leave nothing unfinished (plural forms included).
#include "changehub.h"
#include "fakeauthservice.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "signupdialog.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Eventdesk;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }
    void cleanup()
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void germanDialogs()
    {
        install(QStringLiteral("de"));
        Testing::FakeAuthService auth;
        QThreadPool pool;
        Gui::LoginDialog login(auth, pool);
        QCOMPARE(login.windowTitle(), QStringLiteral("Anmelden"));
        QCOMPARE(login.findChild<QPushButton *>(QStringLiteral("submitButton"))->text(),
            QStringLiteral("&Anmelden"));

        Gui::SignupDialog signup(auth, pool);
        signup.show();
        QCOMPARE(signup.windowTitle(), QStringLiteral("Konto erstellen"));
        signup.findChild<QLineEdit *>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("ana@example.org"));
        signup.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("12345678"));
        QTest::mouseClick(
            signup.findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
        // A message from the account rules in core, translated in the window.
        QCOMPARE(signup.findChild<QLabel *>(QStringLiteral("passwordError"))->text(),
            QStringLiteral("Das Passwort darf nicht nur aus Ziffern bestehen."));
    }

    void spanishMenus()
    {
        install(QStringLiteral("es"));
        Core::ChangeHub hub;
        Gui::MainWindow window(hub);
        QStringList titles;
        const auto actions = window.menuBar()->actions();
        for (QAction *action : actions)
            titles.append(action->text());
        QCOMPARE(titles,
            QStringList({QStringLiteral("&Archivo"), QStringLiteral("&Cuenta"),
                QStringLiteral("&Ver"), QStringLiteral("&Ir"), QStringLiteral("&Herramientas"),
                QStringLiteral("A&yuda")}));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("signedInAsAction"))->text(),
            QStringLiteral("Sin sesión iniciada"));
    }

    void pluralForms()
    {
        install(QStringLiteral("de"));
        const auto events = [](int n) {
            return QCoreApplication::translate(
                "Eventdesk::Gui::EventsView", "%Ln event(s)", nullptr, n);
        };
        QCOMPARE(events(1), QStringLiteral("1 Veranstaltung"));
        QCOMPARE(events(3), QStringLiteral("3 Veranstaltungen"));
        // Thousands separators (%Ln).
        QLocale::setDefault(QLocale(QStringLiteral("de")));
        QCOMPARE(events(57012), QStringLiteral("57.012 Veranstaltungen"));
        QLocale::setDefault(QLocale::c());
        cleanup();
        install(QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate(
                     "Eventdesk::Gui::FeedsModel", "every %n minute(s)", nullptr, 15),
            QStringLiteral("cada 15 minutos"));
    }

    // English has plural forms too: no "(s)" reaches the window (bug of issue 10).
    void englishPlurals()
    {
        install(QStringLiteral("en"));
        const auto events = [](int n) {
            return QCoreApplication::translate(
                "Eventdesk::Gui::EventsView", "%Ln event(s)", nullptr, n);
        };
        QCOMPARE(events(1), QStringLiteral("1 event"));
        QCOMPARE(events(2), QStringLiteral("2 events"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(events(57012), QStringLiteral("57,012 events"));
        QLocale::setDefault(QLocale::c());
    }

    // Every source text with "(s)" is a plural with a finished English translation.
    void englishPluralsAreComplete()
    {
        QFile file(QStringLiteral(EVENTDESK_TRANSLATIONS_DIR "/eventdesk_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int plurals = 0;
        QStringList open;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && numerus) {
                ++plurals;
                const bool unfinished
                    = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.contains(QLatin1String("(s)")))
                    open.append(source);
            }
        }
        QVERIFY(plurals > 10);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        QFile file(QStringLiteral(EVENTDESK_TRANSLATIONS_DIR "/eventdesk_%1.ts").arg(language));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool open
                    = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!filled(xml) || open)
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

private:
    // Reads a <translation> to its end: filled when it has text and, in a plural (numerus)
    // message, every <numerusform> has text.
    static bool filled(QXmlStreamReader &xml)
    {
        QString text;
        bool formsFilled = true;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const QString form = xml.readElementText();
                formsFilled = formsFilled && !form.isEmpty();
                text += form;
            } else if (token == QXmlStreamReader::Characters) {
                text += xml.text();
            } else if (token == QXmlStreamReader::EndElement) {
                break; // </translation>
            }
        }
        return formsFilled && !text.trimmed().isEmpty();
    }

    void install(const QString &language)
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/eventdesk_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    std::unique_ptr<QTranslator> m_translator;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
