#pragma once

// Starts one of the node test servers of tests/s3 (s3rver-serve.js, sigv4-verifier.js) on loopback and
// waits for its "listening <port>" line.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>
#include <csignal>
#include <sys/types.h>

namespace sluice::test {

/// Where the node scripts and their node_modules are.
inline QString s3TestDir() {
    return QStringLiteral(SLUICE_S3_TEST_DIR);
}

/// Why the servers cannot run here, or empty when they can.
inline QString serversUnavailable() {
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed (Debian: apt-get install nodejs npm); run "
                              "scripts/setup-deps.sh --test");
    if (!QFile::exists(s3TestDir() + QStringLiteral("/node_modules/s3rver/package.json")))
        return QStringLiteral(
            "s3rver is not installed: run `npm ci --prefix tests/s3` (scripts/setup-deps.sh "
            "--test does)");
    return {};
}

class LoopbackServer {
public:
    ~LoopbackServer() { stop(); }

    /// Starts `node <script> <args>`; returns the port, or 0 (with `error`) when it did not come up in 10 s.
    int start(const QString& script, const QStringList& args, const QProcessEnvironment& env = {},
              QString* error = nullptr) {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        if (!env.isEmpty())
            m_process.setProcessEnvironment(env);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("node")),
                        QStringList{s3TestDir() + QLatin1Char('/') + script} + args);
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (timer.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
            const int at = out.indexOf("listening ");
            if (at >= 0 && out.indexOf('\n', at) > 0) {
                m_port = out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toInt();
                return m_port;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
        if (error)
            *error = QStringLiteral("%1 did not start: %2")
                         .arg(script, QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return 0;
    }

    /// SIGKILL from any thread (by pid: QProcess itself is not thread-safe), as a crash would.
    void killNow() const {
        const qint64 pid = m_process.processId();
        if (pid > 0)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }

    void stop() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    int port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace sluice::test
