#pragma once
// Helpers shared by the end-to-end tests that kill a real sluice-cli process and check what it left.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace sluice::test {

/// The system environment with XDG data and config folders inside `dir`, so that a run's state, settings
/// and default extraction folder stay in the test's temporary folder.
inline QProcessEnvironment isolatedEnv(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    return env;
}

/// SHA-256 of a file's bytes as lower-case hex; empty when it cannot be read.
inline QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Files under `dir`, relative, sorted (hidden ones included, so that temporaries would show).
inline QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace sluice::test
