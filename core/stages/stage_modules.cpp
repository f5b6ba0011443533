#include "stage_modules.h"

#include "pipeline/stage_registry.h"
#include "platform/plugin_paths.h"
#include "unavailable_stage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <atomic>
#include <map>
#include <mutex>

namespace sluice::stagemodules {

namespace {

/// One group: its stages, its library's file name, and once loaded its table (or why not).
struct Group {
    const char* name;
    const char* file; ///< e.g. "libsluice-stages-pdf.so", from CMake's TARGET_FILE_NAME
    QStringList stageIds;
    std::once_flag once;
    std::atomic<const StageModuleApi*> api{nullptr};
    QString error;
};

/// The groups in registration order. Ids must match what each module's create() accepts
/// (test_stage_modules checks that every id creates a stage of that id).
Group* groupTable(int* count) {
    static Group table[] = {
        {"pdf",
         SLUICE_STAGE_MODULE_PDF_FILE,
         {QStringLiteral("pdf_text"), QStringLiteral("pdf")},
         {},
         {},
         {}},
        {"images",
         SLUICE_STAGE_MODULE_IMAGES_FILE,
         {QStringLiteral("image_info"), QStringLiteral("image_analyze"), QStringLiteral("image_transform")},
         {},
         {},
         {}},
        {"ocr", SLUICE_STAGE_MODULE_OCR_FILE, {QStringLiteral("ocr")}, {}, {}, {}},
        {"s3", SLUICE_STAGE_MODULE_S3_FILE, {QStringLiteral("s3_upload")}, {}, {}, {}},
    };
    *count = int(std::size(table));
    return table;
}

Group* findGroup(const QString& name) {
    int count = 0;
    Group* table = groupTable(&count);
    for (int i = 0; i < count; ++i)
        if (name == QLatin1String(table[i].name))
            return &table[i];
    return nullptr;
}

/// Linked providers, filled before main() by static initialisers (linked_stage_modules.cpp), read after.
std::map<QString, Entry>& linkedEntries() {
    static std::map<QString, Entry> entries;
    return entries;
}

/// Checks a module's table; empty when it fits this program.
QString checkApi(const StageModuleApi* api) {
    if (!api)
        return QCoreApplication::translate("sluice::StageModules", "the module returned no table");
    if (api->apiVersion != kStageModuleApiVersion)
        return QCoreApplication::translate("sluice::StageModules", "module interface version %1, expected %2")
            .arg(api->apiVersion)
            .arg(kStageModuleApiVersion);
    if (qstrcmp(api->sluiceVersion, SLUICE_VERSION) != 0)
        return QCoreApplication::translate("sluice::StageModules", "built for Sluice %1, this is %2")
            .arg(QString::fromUtf8(api->sluiceVersion), QStringLiteral(SLUICE_VERSION));
    return {};
}

void loadGroup(Group& g) {
    const auto linked = linkedEntries().find(QString::fromLatin1(g.name));
    if (linked != linkedEntries().end()) {
        const StageModuleApi* api = linked->second();
        g.error = checkApi(api);
        if (g.error.isEmpty())
            g.api.store(api);
        return;
    }
    const QString file = QString::fromUtf8(g.file);
    const QString symbol = QStringLiteral("sluice_stage_module_") + QString::fromLatin1(g.name);
    const QStringList paths = pluginCandidates(file, PluginDirOverride::Only);
    QStringList problems;
    for (const QString& path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: stages, their static state and the libraries' thread-local state outlive any
        // one call. No RTLD_DEEPBIND (unlike the image codecs module): the module must bind to the
        // program's one copy of core (StageRegistry, DuplicateRegistry, the settings), not to inline copies.
        auto* library = new QLibrary(path);
        // Every symbol bound now (RTLD_NOW): one the program lacks fails this load with its name instead of
        // ending the process at its first call.
        library->setLoadHints(QLibrary::ResolveAllSymbolsHint);
        const auto entry = reinterpret_cast<Entry>(library->resolve(symbol.toLatin1().constData()));
        if (!entry) {
            problems << library->errorString();
            delete library;
            continue;
        }
        const StageModuleApi* api = entry();
        const QString why = checkApi(api);
        if (why.isEmpty()) {
            g.api.store(api);
            return;
        }
        problems << QStringLiteral("%1: %2").arg(path, why);
    }
    g.error = problems.isEmpty()
                  ? QCoreApplication::translate("sluice::StageModules", "%1 is missing (looked in %2)")
                        .arg(file, paths.join(QStringLiteral(", ")))
                  : problems.join(QStringLiteral("; "));
}

} // namespace

QList<GroupInfo> groups() {
    int count = 0;
    const Group* table = groupTable(&count);
    QList<GroupInfo> out;
    for (int i = 0; i < count; ++i)
        out.append({QString::fromLatin1(table[i].name), table[i].stageIds});
    return out;
}

void registerModuleStages(StageRegistry& registry) {
    for (const GroupInfo& group : groups())
        for (const QString& id : group.stageIds)
            registry.add(id, [name = group.name, id] { return create(name, id); });
}

void provideLinked(const QString& name, Entry entry) {
    linkedEntries()[name] = entry;
}

const StageModuleApi* load(const QString& name, QString* error) {
    Group* g = findGroup(name);
    if (!g) {
        if (error)
            *error =
                QCoreApplication::translate("sluice::StageModules", "there is no stage module %1").arg(name);
        return nullptr;
    }
    std::call_once(g->once, [g] { loadGroup(*g); });
    const StageModuleApi* api = g->api.load();
    if (!api && error)
        *error = g->error;
    return api;
}

std::unique_ptr<Stage> create(const QString& name, const QString& id) {
    QString error;
    if (const StageModuleApi* api = load(name, &error)) {
        if (std::unique_ptr<Stage> stage = api->create(id))
            return stage;
        error = QCoreApplication::translate("sluice::StageModules", "it has no stage %1").arg(id);
    }
    return std::make_unique<UnavailableStage>(
        id, QCoreApplication::translate("sluice::StageModules", "stage module %1 could not be loaded: %2")
                .arg(name, error));
}

bool isLoaded(const QString& name) {
    const Group* g = findGroup(name);
    return g && g->api.load() != nullptr;
}

} // namespace sluice::stagemodules
