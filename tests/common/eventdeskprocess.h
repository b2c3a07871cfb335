// SPDX-FileCopyrightText: 2026 Eventdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <signal.h>

namespace Eventdesk::Testing {

// The eventdesk executable as a test runs it: headless (no display), English, UTF-8.
struct Finished
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// Runs eventdesk (`binary`) with arguments to its end, headless.
inline Finished runToEnd(const QString &binary, const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(binary, arguments);
    Finished result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A running eventdesk; stdout and stderr are collected as they arrive.
class Running
{
public:
    Running(const QString &binary, const QStringList &arguments)
    {
        m_process.setProcessEnvironment(headlessEnvironment());
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { out += QString::fromUtf8(m_process.readAllStandardOutput()); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(binary, arguments);
    }
    ~Running()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The API base URL from the start-up line, once it was printed.
    QString waitForUrl(int timeoutMs = 30000)
    {
        static const QRegularExpression url(QStringLiteral(R"(listening on (http://\S+:\d+))"));
        QElapsedTimer timer;
        timer.start();
        while (!timer.hasExpired(timeoutMs) && m_process.state() != QProcess::NotRunning) {
            const auto match = url.match(out);
            if (match.hasMatch())
                return match.captured(1);
            QTest::qWait(20);
        }
        const auto match = url.match(out);
        return match.hasMatch() ? match.captured(1) : QString();
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    bool waitForFinished(int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_process.state() != QProcess::NotRunning && !timer.hasExpired(timeoutMs))
            QTest::qWait(20);
        return m_process.state() == QProcess::NotRunning;
    }
    QProcess &process() { return m_process; }
    QString out;
    QString err;

private:
    QProcess m_process;
};

} // namespace Eventdesk::Testing
