#include "s3_credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace sluice {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("sluice", text);
}

} // namespace

std::optional<S3Credentials> readSharedCredentialsFile(const QString& path, const QString& profile,
                                                       QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("no AWS credentials: the shared credentials file %1 cannot be read (%2)")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    S3Credentials creds;
    creds.source = QStringLiteral("%1 [%2]").arg(path, profile);
    bool inProfile = false;
    bool found = false;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            QString name = line.mid(1, line.size() - 2).trimmed();
            if (name.startsWith(QLatin1String("profile ")))
                name = name.mid(8).trimmed();
            inProfile = name == profile;
            found = found || inProfile;
            continue;
        }
        if (!inProfile)
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("aws_access_key_id"))
            creds.accessKeyId = value;
        else if (key == QLatin1String("aws_secret_access_key"))
            creds.secretAccessKey = value;
        else if (key == QLatin1String("aws_session_token"))
            creds.sessionToken = value;
    }
    if (!found) {
        if (error)
            *error = tr("no AWS credentials: profile [%1] is not in %2").arg(profile, path);
        return std::nullopt;
    }
    if (!creds.isComplete()) {
        if (error)
            *error = tr("no AWS credentials: profile [%1] in %2 lacks aws_access_key_id or "
                        "aws_secret_access_key")
                         .arg(profile, path);
        return std::nullopt;
    }
    return creds;
}

std::optional<S3Credentials> loadS3Credentials(const S3CredentialOptions& options, QString* error) {
    if (options.profile.isEmpty()) {
        S3Credentials env;
        env.accessKeyId = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
        env.secretAccessKey = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
        env.sessionToken = qEnvironmentVariable("AWS_SESSION_TOKEN");
        env.source = QStringLiteral("environment");
        if (env.isComplete())
            return env;
    }
    QString profile = options.profile;
    if (profile.isEmpty())
        profile = qEnvironmentVariable("AWS_PROFILE");
    if (profile.isEmpty())
        profile = QStringLiteral("default");
    QString path = options.credentialsFile;
    if (path.isEmpty())
        path = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE");
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.aws/credentials");
    else if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return readSharedCredentialsFile(path, profile, error);
}

} // namespace sluice
