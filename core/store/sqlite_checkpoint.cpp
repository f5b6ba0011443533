#include "sqlite_checkpoint.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#endif
#if __has_include(<sqlite3.h>)
#include <sqlite3.h>
#endif

namespace sluice {

bool disableCheckpointOnClose(const QSqlDatabase& db) {
#if defined(Q_OS_LINUX)
    if (!db.isOpen() || !db.driver())
        return false;
    // QSqlDriver::handle() of QSQLITE: a QVariant holding the connection's sqlite3* (Qt's documented way to
    // reach the C API).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    void* connection = *static_cast<void* const*>(handle.constData());
    if (!connection)
        return false;
    // The library the driver loaded, never a second copy: RTLD_NOLOAD only finds one already in the process.
    void* library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return false;
    using DbConfig = int (*)(void*, int, ...);
    const auto dbConfig = reinterpret_cast<DbConfig>(dlsym(library, "sqlite3_db_config"));
    constexpr int kNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, SQLite ≥ 3.16
#if defined(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE)
    static_assert(kNoCheckpointOnClose == SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, "sqlite3.h says otherwise");
#endif
    constexpr int kSqliteOk = 0;
    int now = -1;
    const bool ok = dbConfig && dbConfig(connection, kNoCheckpointOnClose, 1, &now) == kSqliteOk && now == 1;
    dlclose(library); // drops only the reference taken above; the driver's stays
    return ok;
#else
    Q_UNUSED(db);
    return false;
#endif
}

} // namespace sluice
