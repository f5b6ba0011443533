#pragma once

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace sluice::watchtest {

/// Runs test function `function` of this test executable (class `testClass`) again in a child process as
/// user "nobody" (privileges dropped between fork and exec, /tmp as HOME and TMPDIR) and checks that it
/// passed there. For tests that need open(2) to fail with EACCES, which root never sees. Skips when there
/// is no user "nobody". The caller returns right after it.
inline void rerunAsNobody(const char* testClass, const QString& function) {
    const struct passwd* nobody = ::getpwnam("nobody");
    if (!nobody)
        QSKIP("running as root and there is no user 'nobody' to drop privileges to");
    const uid_t uid = nobody->pw_uid;
    const gid_t gid = nobody->pw_gid;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({function});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(QStringLiteral("/tmp"));
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setChildProcessModifier([uid, gid] {
        if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0 ||
            ::setresuid(uid, uid, uid) != 0)
            ::_exit(126);
    });
    child.start();
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(
        output.contains(QStringLiteral("PASS   : %1::%2()").arg(QLatin1String(testClass), function).toUtf8()),
        output.constData());
}

} // namespace sluice::watchtest
