#include "state_store.h"

#include "log/event.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace sluice {

namespace {

constexpr int kSchemaVersion = 1;

const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime TEXT, sha256 TEXT, "
    "status TEXT, last_job INTEGER, updated TEXT)",
    "CREATE TABLE IF NOT EXISTS jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, "
    "pipeline TEXT, status TEXT NOT NULL, started TEXT, finished TEXT)",
    "CREATE INDEX IF NOT EXISTS jobs_path ON jobs(path)",
    "CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status)",
    "CREATE TABLE IF NOT EXISTS results (job_id INTEGER PRIMARY KEY, path TEXT NOT NULL, document TEXT)",
    "CREATE INDEX IF NOT EXISTS results_path ON results(path)",
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT, level TEXT, "
    "kind TEXT, path TEXT, message TEXT, data TEXT)",
    "CREATE TABLE IF NOT EXISTS journal (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL, "
    "node TEXT NOT NULL, phase TEXT NOT NULL, attempt INTEGER, data TEXT, time TEXT)",
    "CREATE INDEX IF NOT EXISTS journal_job ON journal(job_id)",
    "CREATE TABLE IF NOT EXISTS image_hashes (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
    "path TEXT NOT NULL, sha256 TEXT, hash INTEGER NOT NULL, grp TEXT, UNIQUE(scope, path))",
};

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

StateStore::StateStore()
    : m_connectionPrefix(QStringLiteral("sluice-state-") +
                         QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

StateStore::~StateStore() {
    close();
}

QString StateStore::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("state.sqlite"));
}

QString StateStore::connectionName() const {
    const QString name = m_connectionPrefix + QLatin1Char('-') +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isValid() && db.isOpen())
        return name;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name); // left by a finished thread whose QThread address was reused
    }
    QSqlDatabase fresh = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    fresh.setDatabaseName(m_path);
    fresh.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (fresh.open()) {
        QSqlQuery q(fresh);
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (!m_connections.contains(name))
        m_connections.append(name);
    return name;
}

bool StateStore::open(const QString& path, QString* error) {
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("cannot create folder '%1'").arg(info.absolutePath());
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_path = info.absoluteFilePath();
    QString openError;
    {
        // Scoped: close() removes the connection, which QtSql allows only once no copy of it is left.
        const QSqlDatabase db = QSqlDatabase::database(connectionName());
        if (!db.isOpen())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot open state database '%1': %2").arg(m_path, openError);
        lock.unlock();
        close();
        return false;
    }
    if (!ensureSchema(error)) {
        lock.unlock();
        close();
        return false;
    }
    return true;
}

bool StateStore::ensureSchema(QString* error) {
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        if (error)
            *error = QStringLiteral("cannot set WAL journal: %1").arg(q.lastError().text());
        return false;
    }
    for (const char* statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = QStringLiteral("cannot create schema: %1").arg(q.lastError().text());
            return false;
        }
    }
    // Written only when it differs: an open that changes nothing stays a reader, so that it neither writes
    // the log nor, when the log is new, pays its header's and folder's fsyncs.
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next() &&
        q.value(0).toString() == QString::number(kSchemaVersion))
        return true;
    q.finish();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)"));
    q.addBindValue(kSchemaVersion);
    return q.exec();
}

void StateStore::close() {
    QMutexLocker lock(&m_mutex);
    // No QSqlDatabase copies outlive a call, so removing closes each connection (QtSql's rule).
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
    m_path.clear();
}

std::optional<KnownFile> StateStore::knownFile(const QString& path) const {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT size, mtime, sha256, status, last_job FROM files WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return std::nullopt;
    KnownFile f;
    f.path = path;
    f.size = q.value(0).toLongLong();
    f.mtime = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    f.sha256 = q.value(2).toString();
    f.status = q.value(3).toString();
    f.lastJob = q.value(4).toLongLong();
    return f;
}

void StateStore::upsertKnownFile(const KnownFile& file) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO files(path, size, mtime, sha256, status, last_job, updated) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(file.path);
    q.addBindValue(file.size);
    q.addBindValue(file.mtime.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(file.sha256);
    q.addBindValue(file.status);
    q.addBindValue(file.lastJob);
    q.addBindValue(now());
    q.exec();
}

QList<ImageHashRecord> StateStore::imageHashes(const QString& scope, int limit) const {
    QMutexLocker lock(&m_mutex);
    QList<ImageHashRecord> out;
    if (m_path.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT path, sha256, hash, grp FROM (SELECT id, path, sha256, hash, grp FROM "
                             "image_hashes WHERE scope = ? ORDER BY id DESC LIMIT ?) ORDER BY id"));
    q.addBindValue(scope);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(ImageHashRecord{scope, q.value(0).toString(), q.value(1).toString(),
                                   static_cast<quint64>(q.value(2).toLongLong()), q.value(3).toString()});
    return out;
}

void StateStore::upsertImageHash(const ImageHashRecord& record) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    // REPLACE gives the row a new id: a re-processed image counts as the newest.
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO image_hashes(scope, path, sha256, hash, grp) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(record.scope);
    q.addBindValue(record.path);
    q.addBindValue(record.sha256);
    q.addBindValue(static_cast<qint64>(record.hash));
    q.addBindValue(record.group);
    q.exec();
}

void StateStore::removeImageHashes(const QString& scope) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    if (scope.isEmpty()) {
        q.exec(QStringLiteral("DELETE FROM image_hashes"));
        return;
    }
    q.prepare(QStringLiteral("DELETE FROM image_hashes WHERE scope = ?"));
    q.addBindValue(scope);
    q.exec();
}

void StateStore::removeKnownFile(const QString& path) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("DELETE FROM files WHERE path = ?"));
    q.addBindValue(path);
    q.exec();
}

QList<KnownFile> StateStore::knownFilesUnder(const QString& root) const {
    QMutexLocker lock(&m_mutex);
    QList<KnownFile> files;
    if (m_path.isEmpty())
        return files;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    // substr() rather than LIKE: paths may hold '%' and '_'.
    const QString prefix = root + QLatin1Char('/');
    q.prepare(QStringLiteral("SELECT path, size, mtime, sha256, status, last_job FROM files "
                             "WHERE substr(path, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!q.exec())
        return files;
    while (q.next()) {
        KnownFile f;
        f.path = q.value(0).toString();
        f.size = q.value(1).toLongLong();
        f.mtime = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        f.sha256 = q.value(3).toString();
        f.status = q.value(4).toString();
        f.lastJob = q.value(5).toLongLong();
        files.append(f);
    }
    return files;
}

QHash<QString, int> StateStore::statusCountsUnder(const QString& root) const {
    QMutexLocker lock(&m_mutex);
    QHash<QString, int> counts;
    if (m_path.isEmpty())
        return counts;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    const QString prefix = root + QLatin1Char('/');
    q.prepare(
        QStringLiteral("SELECT status, COUNT(*) FROM files WHERE substr(path, 1, ?) = ? GROUP BY status"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (q.exec())
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

qint64 StateStore::beginJob(const QString& path, const QString& pipeline) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO jobs(path, pipeline, status, started) VALUES(?, ?, 'running', ?)"));
    q.addBindValue(path);
    q.addBindValue(pipeline);
    q.addBindValue(now());
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 StateStore::beginJobWithOrigin(const QString& path, const QString& pipeline,
                                      const QJsonObject& origin) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO jobs(path, pipeline, status, started) VALUES(?, ?, 'running', ?)"));
    q.addBindValue(path);
    q.addBindValue(pipeline);
    q.addBindValue(now());
    if (!q.exec()) {
        db.rollback();
        return 0;
    }
    const qint64 jobId = q.lastInsertId().toLongLong();
    QSqlQuery j(db);
    j.prepare(QStringLiteral("INSERT INTO journal(job_id, node, phase, attempt, data, time) "
                             "VALUES(?, '', 'job', 0, ?, ?)"));
    j.addBindValue(jobId);
    j.addBindValue(compactJson(origin));
    j.addBindValue(now());
    if (!j.exec() || !db.commit()) {
        db.rollback();
        return 0;
    }
    return jobId;
}

void StateStore::finishJob(qint64 jobId, const QString& status, const QJsonObject& result) {
    finishJobCompact(jobId, status, QJsonDocument(result).toJson(QJsonDocument::Compact));
}

void StateStore::finishJobCompact(qint64 jobId, const QString& status, const QByteArray& compactResult) {
    finishJobBeginFollowUps(jobId, status, compactResult, QString(), {});
}

QList<qint64> StateStore::finishJobBeginFollowUps(qint64 jobId, const QString& status,
                                                  const QByteArray& compactResult, const QString& pipeline,
                                                  const QList<JobStart>& followUps) {
    QMutexLocker lock(&m_mutex);
    QList<qint64> ids;
    if (m_path.isEmpty() || (jobId <= 0 && followUps.isEmpty()))
        return ids;
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    db.transaction();
    QSqlQuery q(db);
    bool ok = true;
    if (jobId > 0) {
        q.prepare(QStringLiteral("UPDATE jobs SET status = ?, finished = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(now());
        q.addBindValue(jobId);
        q.exec();
        // The UTF-8 bytes are bound as they are and stored as TEXT by the CAST (the database encoding is
        // UTF-8): bound as a QString they would be widened to UTF-16 and narrowed back by SQLite, two
        // temporary copies of two and four times the size of a multi-megabyte result.
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO results(job_id, path, document) "
                                 "VALUES(?, (SELECT path FROM jobs WHERE id = ?), CAST(? AS TEXT))"));
        q.addBindValue(jobId);
        q.addBindValue(jobId);
        q.addBindValue(compactResult);
        q.exec();
    }
    if (!followUps.isEmpty()) {
        const QString started = now();
        QSqlQuery job(db);
        QSqlQuery origin(db);
        job.prepare(
            QStringLiteral("INSERT INTO jobs(path, pipeline, status, started) VALUES(?, ?, 'running', ?)"));
        origin.prepare(QStringLiteral("INSERT INTO journal(job_id, node, phase, attempt, data, time) "
                                      "VALUES(?, '', 'job', 0, ?, ?)"));
        ids.reserve(followUps.size());
        for (const JobStart& start : followUps) {
            job.addBindValue(start.path);
            job.addBindValue(pipeline);
            job.addBindValue(started);
            if (!job.exec()) {
                ok = false;
                break;
            }
            const qint64 id = job.lastInsertId().toLongLong();
            origin.addBindValue(id);
            origin.addBindValue(
                QString::fromUtf8(QJsonDocument(start.origin).toJson(QJsonDocument::Compact)));
            origin.addBindValue(started);
            if (!origin.exec()) {
                ok = false;
                break;
            }
            ids.append(id);
        }
    }
    if (!ok || !db.commit()) {
        db.rollback();
        ids.clear();
    }
    return ids;
}

QJsonObject StateStore::latestResult(const QString& path) const {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return {};
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT document FROM results WHERE path = ? ORDER BY job_id DESC LIMIT 1"));
    q.addBindValue(path);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QList<qint64> StateStore::unfinishedJobs() const {
    QMutexLocker lock(&m_mutex);
    QList<qint64> ids;
    if (m_path.isEmpty())
        return ids;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    if (q.exec(QStringLiteral("SELECT id FROM jobs WHERE status = 'running' ORDER BY id")))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

int StateStore::jobCount(const QString& status) const {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return 0;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    if (status.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status = ?"));
        q.addBindValue(status);
        q.exec();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

int StateStore::pruneFinishedJobs(const QDateTime& finishedBefore, int keepNewest, int batchSize) {
    if (!finishedBefore.isValid() && keepNewest <= 0)
        return 0;
    QStringList reasons;
    if (finishedBefore.isValid())
        reasons.append(QStringLiteral("finished < :cutoff"));
    if (keepNewest > 0)
        reasons.append(QStringLiteral("id < (SELECT MIN(id) FROM (SELECT id FROM jobs WHERE status != "
                                      "'running' ORDER BY id DESC LIMIT :keep))"));
    const QString select =
        QStringLiteral("SELECT id FROM jobs WHERE status != 'running' AND (%1) AND id NOT IN "
                       "(SELECT last_job FROM files WHERE last_job IS NOT NULL) ORDER BY id LIMIT :batch")
            .arg(reasons.join(QStringLiteral(" OR ")));
    int deleted = 0;
    for (;;) {
        // One small transaction per batch; the lock is released in between so that jobs keep running.
        QMutexLocker lock(&m_mutex);
        if (m_path.isEmpty())
            return deleted;
        QSqlDatabase db = QSqlDatabase::database(connectionName());
        QSqlQuery q(db);
        q.prepare(select);
        if (finishedBefore.isValid())
            q.bindValue(QStringLiteral(":cutoff"), finishedBefore.toUTC().toString(Qt::ISODateWithMs));
        if (keepNewest > 0)
            q.bindValue(QStringLiteral(":keep"), keepNewest);
        q.bindValue(QStringLiteral(":batch"), qMax(1, batchSize));
        if (!q.exec())
            return deleted;
        QStringList ids;
        while (q.next())
            ids.append(QString::number(q.value(0).toLongLong()));
        if (ids.isEmpty())
            return deleted;
        const QString list = ids.join(QLatin1Char(',')); // integers from the database, not user text
        if (!db.transaction())
            return deleted;
        bool ok = true;
        for (const char* table : {"journal", "results"})
            ok =
                ok &&
                q.exec(QStringLiteral("DELETE FROM %1 WHERE job_id IN (%2)").arg(QLatin1String(table), list));
        ok = ok &&
             q.exec(QStringLiteral("DELETE FROM jobs WHERE id IN (%1) AND status != 'running'").arg(list));
        if (!ok || !db.commit()) {
            db.rollback();
            return deleted;
        }
        deleted += int(ids.size());
        if (ids.size() < batchSize)
            return deleted;
    }
}

void StateStore::recordJobOrigin(qint64 jobId, const QJsonObject& origin) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty() || jobId <= 0)
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO journal(job_id, node, phase, attempt, data, time) "
                             "VALUES(?, '', 'job', 0, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(compactJson(origin));
    q.addBindValue(now());
    q.exec();
}

void StateStore::journalBefore(qint64 jobId, const QString& node, const QString& stage, int attempt) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty() || jobId <= 0)
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO journal(job_id, node, phase, attempt, data, time) "
                             "VALUES(?, ?, 'before', ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(node);
    q.addBindValue(attempt);
    q.addBindValue(compactJson(QJsonObject{{QStringLiteral("stage"), stage}}));
    q.addBindValue(now());
    q.exec();
}

void StateStore::journalAfter(qint64 jobId, const QString& node, const QJsonObject& record) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty() || jobId <= 0)
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO journal(job_id, node, phase, attempt, data, time) "
                             "VALUES(?, ?, 'after', NULL, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(node);
    q.addBindValue(compactJson(record));
    q.addBindValue(now());
    q.exec();
}

QHash<QString, QJsonObject> StateStore::journalCompleted(qint64 jobId) const {
    QMutexLocker lock(&m_mutex);
    QHash<QString, QJsonObject> done;
    if (m_path.isEmpty() || jobId <= 0)
        return done;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(
        QStringLiteral("SELECT node, data FROM journal WHERE job_id = ? AND phase = 'after' ORDER BY id"));
    q.addBindValue(jobId);
    if (q.exec())
        while (q.next())
            done.insert(q.value(0).toString(),
                        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return done;
}

QList<QJsonObject> StateStore::journalEntries(qint64 jobId) const {
    QMutexLocker lock(&m_mutex);
    QList<QJsonObject> rows;
    if (m_path.isEmpty() || jobId <= 0)
        return rows;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(
        QStringLiteral("SELECT node, phase, attempt, data, time FROM journal WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (q.exec())
        while (q.next())
            rows.append(QJsonObject{
                {QStringLiteral("node"), q.value(0).toString()},
                {QStringLiteral("phase"), q.value(1).toString()},
                {QStringLiteral("attempt"), q.value(2).toInt()},
                {QStringLiteral("data"), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()},
                {QStringLiteral("time"), q.value(4).toString()}});
    return rows;
}

QList<InterruptedJob> StateStore::interruptedJobs(const QString& pipeline) const {
    QMutexLocker lock(&m_mutex);
    QList<InterruptedJob> jobs;
    if (m_path.isEmpty())
        return jobs;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT jobs.id, jobs.path, jobs.pipeline, journal.data FROM jobs "
                             "JOIN journal ON journal.job_id = jobs.id AND journal.phase = 'job' "
                             "WHERE jobs.status = 'running' AND jobs.pipeline = ? ORDER BY jobs.id"));
    q.addBindValue(pipeline);
    if (q.exec())
        while (q.next()) {
            InterruptedJob job;
            job.id = q.value(0).toLongLong();
            job.path = q.value(1).toString();
            job.pipeline = q.value(2).toString();
            job.origin = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            jobs.append(job);
        }
    return jobs;
}

void StateStore::appendEvent(const Event& event) {
    QMutexLocker lock(&m_mutex);
    if (m_path.isEmpty())
        return;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral(
        "INSERT INTO events(time, level, kind, path, message, data) VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.time.toString(Qt::ISODateWithMs));
    q.addBindValue(eventLevelName(event.level));
    q.addBindValue(event.kind);
    q.addBindValue(event.path);
    q.addBindValue(event.message);
    // Result documents live in `results`; the event row keeps only the small details.
    QJsonObject data = event.data;
    data.remove(QStringLiteral("result"));
    q.addBindValue(data.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.exec();
}

QList<QJsonObject> StateStore::recentEvents(int limit) const {
    QMutexLocker lock(&m_mutex);
    QList<QJsonObject> events;
    if (m_path.isEmpty())
        return events;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT id, time, level, kind, path, message, data FROM events "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return events;
    while (q.next()) {
        QJsonObject o{{QStringLiteral("id"), q.value(0).toLongLong()},
                      {QStringLiteral("time"), q.value(1).toString()},
                      {QStringLiteral("level"), q.value(2).toString()},
                      {QStringLiteral("event"), q.value(3).toString()},
                      {QStringLiteral("path"), q.value(4).toString()},
                      {QStringLiteral("message"), q.value(5).toString()}};
        const QString data = q.value(6).toString();
        if (!data.isEmpty())
            o.insert(QStringLiteral("data"), QJsonDocument::fromJson(data.toUtf8()).object());
        events.append(o);
    }
    return events;
}

QList<Event> StateStore::eventsBefore(const QDateTime& before, int limit) const {
    QMutexLocker lock(&m_mutex);
    QList<Event> events;
    if (m_path.isEmpty() || limit <= 0)
        return events;
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    // Times are stored as ISO 8601 UTC with milliseconds, so text order is time order.
    q.prepare(QStringLiteral("SELECT id, time, level, kind, path, message, data FROM events WHERE time < ? "
                             "ORDER BY time DESC, id DESC LIMIT ?"));
    q.addBindValue(before.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(limit);
    if (!q.exec())
        return events;
    while (q.next()) {
        Event e;
        e.id = -q.value(0).toLongLong(); // not this session's numbering: negative, so ids never collide
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const QString level = q.value(2).toString();
        for (EventLevel l : {EventLevel::Debug, EventLevel::Info, EventLevel::Warning, EventLevel::Error})
            if (eventLevelName(l) == level)
                e.level = l;
        e.kind = q.value(3).toString();
        e.path = q.value(4).toString();
        e.message = q.value(5).toString();
        const QString data = q.value(6).toString();
        if (!data.isEmpty())
            e.data = QJsonDocument::fromJson(data.toUtf8()).object();
        events.append(e);
    }
    return events;
}

} // namespace sluice
