#pragma once

#include <QString>
#include <optional>

namespace sluice {

/// One set of AWS credentials. Held in memory only: never written to QSettings, a pipeline file, a result
/// or a log (pass every message that could echo them through SecretRedactor).
struct S3Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< empty unless temporary credentials (STS) are used
    QString source;       ///< where they came from, for messages: "environment" or "<file> [profile]"

    bool isComplete() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

/// Where to look for credentials.
struct S3CredentialOptions {
    /// Profile in the shared credentials file. Empty: AWS_PROFILE, else "default". A profile named here
    /// wins over the environment's keys (as the AWS CLI's --profile does).
    QString profile;
    /// Shared credentials file. Empty: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.
    QString credentialsFile;
};

/// Loads credentials the way the AWS CLI does, without the config file, SSO or instance roles:
/// 1. when no profile is named and AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set, those (with
///    AWS_SESSION_TOKEN when set);
/// 2. otherwise the profile's aws_access_key_id, aws_secret_access_key and aws_session_token from the
///    shared credentials file (INI: `[profile]` sections, `key = value`, `#`/`;` comments).
/// Returns nothing and sets `error` (translated, naming the file and profile, never a secret) when no
/// complete set is found.
std::optional<S3Credentials> loadS3Credentials(const S3CredentialOptions& options, QString* error);

/// Reads one profile from a shared credentials file; nothing when the file or profile is missing.
std::optional<S3Credentials> readSharedCredentialsFile(const QString& path, const QString& profile,
                                                       QString* error);

} // namespace sluice
