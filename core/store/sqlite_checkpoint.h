#pragma once

class QSqlDatabase;

namespace sluice {

/// Turns off, for one open QSQLITE connection, the checkpoint SQLite runs when the last connection to a
/// WAL database closes (sqlite3_db_config(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1),
/// https://www.sqlite.org/c3ref/c_dbconfig_defensive.html). The write-ahead log then stays beside the
/// database when the process ends, as after a crash, and the next process reads it on open; it is still
/// checkpointed whenever it grows past PRAGMA wal_autocheckpoint pages (1000 by default). What is committed
/// stays committed and consistent: a checkpoint only copies pages the WAL already holds, and SQLite recovers
/// the log on open (https://www.sqlite.org/wal.html).
///
/// Saves a short-lived process (sluice-cli run) the fsyncs of that checkpoint, of deleting the log and of
/// creating it again in the next process (log header and directory). Calls the sqlite3_db_config of the
/// SQLite library the driver uses: the system's shared libsqlite3, which Linux distributions' Qt links
/// (found with dlopen RTLD_NOLOAD, so nothing is loaded that was not). Returns false, changing nothing,
/// when the connection is not an open QSQLITE one, on platforms other than Linux, or when that library
/// is not loaded (a Qt with its own copy of SQLite built into the driver).
bool disableCheckpointOnClose(const QSqlDatabase& db);

} // namespace sluice
